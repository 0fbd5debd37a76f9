using System.Text.Json.Serialization;

namespace Township.Congress.Interop;

// The Popolo data specification's classes (https://www.popoloproject.com/specs/), with its snake_case names, as far as a
// township's term fills them. Ids are stable paths ("person/{guid}"), so two exports of the same term agree.

public sealed record PopoloArea(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("classification")] string Classification,
    [property: JsonPropertyName("parent_id")] string? ParentId);

public sealed record PopoloOrganization(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("classification")] string Classification,
    [property: JsonPropertyName("parent_id")] string? ParentId,
    [property: JsonPropertyName("area_id")] string? AreaId);

/// <summary>A deputy or an office holder. Only what a public roster shows: no birth date, ID number, phone or address.</summary>
public sealed record PopoloPerson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("sort_name")] string? SortName,
    [property: JsonPropertyName("gender")] string? Gender);

public sealed record PopoloPost(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("organization_id")] string OrganizationId,
    [property: JsonPropertyName("area_id")] string? AreaId);

public sealed record PopoloMembership(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("person_id")] string PersonId,
    [property: JsonPropertyName("organization_id")] string OrganizationId,
    [property: JsonPropertyName("post_id")] string? PostId,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("legislative_period_id")] string? LegislativePeriodId,
    [property: JsonPropertyName("start_date")] string? StartDate,
    [property: JsonPropertyName("end_date")] string? EndDate);

/// <summary>The term (classification "legislative period") and its sessions ("session", parent: the term).</summary>
public sealed record PopoloEvent(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("classification")] string Classification,
    [property: JsonPropertyName("start_date")] string? StartDate,
    [property: JsonPropertyName("end_date")] string? EndDate,
    [property: JsonPropertyName("organization_id")] string OrganizationId,
    [property: JsonPropertyName("parent_id")] string? ParentId);

public sealed record PopoloMotion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("organization_id")] string OrganizationId,
    [property: JsonPropertyName("legislative_session_id")] string LegislativeSessionId,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("classification")] string Classification,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("result")] string Result);

public sealed record PopoloCount(
    [property: JsonPropertyName("option")] string Option,
    [property: JsonPropertyName("value")] int Value);

public sealed record PopoloVote(
    [property: JsonPropertyName("vote_event_id")] string VoteEventId,
    [property: JsonPropertyName("voter_id")] string VoterId,
    [property: JsonPropertyName("option")] string Option);

/// <summary>A vote on a motion: the counts always; the votes of each deputy when the session recorded them per deputy.</summary>
public sealed record PopoloVoteEvent(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("motion_id")] string MotionId,
    [property: JsonPropertyName("legislative_session_id")] string LegislativeSessionId,
    [property: JsonPropertyName("organization_id")] string OrganizationId,
    [property: JsonPropertyName("start_date")] string? StartDate,
    [property: JsonPropertyName("result")] string Result,
    [property: JsonPropertyName("counts")] IReadOnlyList<PopoloCount> Counts,
    [property: JsonPropertyName("votes")] IReadOnlyList<PopoloVote> Votes);

/// <summary>A township's term as one Popolo document.</summary>
public sealed record PopoloDocument(
    [property: JsonPropertyName("areas")] IReadOnlyList<PopoloArea> Areas,
    [property: JsonPropertyName("organizations")] IReadOnlyList<PopoloOrganization> Organizations,
    [property: JsonPropertyName("persons")] IReadOnlyList<PopoloPerson> Persons,
    [property: JsonPropertyName("posts")] IReadOnlyList<PopoloPost> Posts,
    [property: JsonPropertyName("memberships")] IReadOnlyList<PopoloMembership> Memberships,
    [property: JsonPropertyName("events")] IReadOnlyList<PopoloEvent> Events,
    [property: JsonPropertyName("motions")] IReadOnlyList<PopoloMotion> Motions,
    [property: JsonPropertyName("vote_events")] IReadOnlyList<PopoloVoteEvent> VoteEvents);
