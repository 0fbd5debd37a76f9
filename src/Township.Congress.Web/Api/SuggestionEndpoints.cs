using Microsoft.AspNetCore.Http.HttpResults;
using Township.Congress.Model;
using Township.Congress.Data;
using Township.Congress.Security;
using Township.Congress.Suggestions;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Api;

/// <summary>The facts of one item, as the item page shows them.</summary>
public sealed record SuggestionDto(
    Guid Id, Guid TownshipId, string TownshipName, string Number, int Year, int Sequence, SuggestionKind Kind, string Title, string Text,
    Guid? CategoryId, string? CategoryName, Guid? LeadDeputyId, string LeadDeputyName, bool FromPresidium, Guid? SessionId, string? SessionName,
    DateOnly SubmittedOn, SuggestionSource Source, string SourceNote, bool IsComplex, SuggestionState State, string ReviewReason,
    Guid? MergedIntoId, int MergedSourceCount, bool IsKeyItem, string Supervisor, int Round, Guid? LeadUnitId,
    DateOnly? FirstAssignedOn, DateOnly? FirstDeadline, DateOnly? AssignedOn, DateOnly? Deadline, DateOnly? FirstAnsweredOn, DateOnly? AnsweredOn,
    AnswerClass? AnswerClass, Satisfaction? LeadSatisfaction, DateOnly? ClosedOn, Implementation? Implementation,
    bool IsOverdue, DateOnly? LastReturnDay, long Version);

public sealed record SignerDto(Guid DeputyId, string Name, bool IsLead);

/// <summary>One timeline step; the action by its API name ("co-unit-opinion") and its Chinese label.</summary>
public sealed record TimelineDto(string Action, string ActionLabel, SuggestionState FromState, SuggestionState ToState, DateOnly OnDate,
    DateTime AtUtc, string UserName, string? UnitName, string Summary, string Comment);

/// <summary>GET /api/v1/suggestions/{id}: the facts, the people, the units, the answers, the timeline and what the user may do now.</summary>
public sealed record SuggestionDetailsDto(
    SuggestionDto Facts, IReadOnlyList<SignerDto> Signers, IReadOnlyList<AssignmentView> Assignments, IReadOnlyList<AnswerView> Answers,
    IReadOnlyList<FeedbackView> Feedback, IReadOnlyList<TimelineDto> Timeline, IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<LinkedItem> MergedSources, LinkedItem? MergedInto, SuggestionActor Actor, IReadOnlyList<string> Allowed);

/// <summary>POST/PUT body: the item, the version the edit was made on, and (POST) the township.</summary>
public sealed class SuggestionWrite
{
    public Guid? TownshipId { get; set; }
    public long Version { get; set; }
    public required SuggestionInput Suggestion { get; set; }
}

/// <summary>
/// POST /api/v1/suggestions/{id}/transitions: <see cref="TransitionInput"/> with the action by its API
/// name ("assign", "co-unit-opinion") and the version the step was decided on.
/// </summary>
public sealed class TransitionRequest
{
    public string? Action { get; set; }
    public long? Version { get; set; }
    public DateOnly? OnDate { get; set; }
    public string? Comment { get; set; }
    public Guid? UnitId { get; set; }
    public List<Guid>? CoUnitIds { get; set; }
    public bool? IsComplex { get; set; }
    public AnswerClass? AnswerClass { get; set; }
    public string? Text { get; set; }
    public Guid? DeputyId { get; set; }
    public Satisfaction? Satisfaction { get; set; }
    public string? Supervisor { get; set; }
    public Implementation? Implementation { get; set; }
}

/// <summary>Where the item is after a step. The unit that returned an item no longer sees it, so this is all a step answers.</summary>
public sealed record TransitionResult(Guid Id, string Number, SuggestionState State, int Round, DateOnly? Deadline, long Version, IReadOnlyList<string> Allowed);

public sealed class MergeRequest
{
    public Guid? TownshipId { get; set; }
    public List<Guid> SourceIds { get; set; } = [];
    public string? Title { get; set; }
    public string? Text { get; set; }
    public Guid? CategoryId { get; set; }
    public DateOnly? OnDate { get; set; }
}

public sealed record HandlingUnitDto(Guid Id, Guid CountyId, Guid? TownshipId, string Name, HandlingUnitKind Kind, string KindLabel,
    string ContactPerson, string ContactPhone, bool IsActive, int SortOrder, long Version);

public sealed record CategoryDto(Guid Id, string Name, int SortOrder);

public sealed record NotificationDto(Guid Id, NotificationKind Kind, string Text, Guid? SuggestionId, DateTime CreatedAtUtc, DateTime? ReadAtUtc);

public sealed record NotificationList(int Unread, IReadOnlyList<NotificationDto> Items);

/// <summary>Items of the suggestion lifecycle: search, read, write, steps, merge.</summary>
public static class SuggestionEndpoints
{
    /// <summary>Steps of the lifecycle; submit, merge and edit have endpoints of their own.</summary>
    private static readonly SuggestionAction[] Steps = Enum.GetValues<SuggestionAction>()
        .Except([SuggestionAction.Submit, SuggestionAction.Merge, SuggestionAction.Edit]).ToArray();

    public static void MapSuggestionApi(this IEndpointRouteBuilder api)
    {
        var items = api.MapGroup("/suggestions").WithTags("suggestions").ProducesApiProblems();
        items.MapGet("/", ListSuggestions).WithName("ListSuggestions").WithSummary("Search suggestions, one page at a time")
            .ProducesNotFound();
        items.MapGet("/{id:guid}", GetSuggestion).WithName("GetSuggestion")
            .WithSummary("One suggestion with its people, units, answers, timeline and allowed steps").ProducesNotFound();
        items.MapPost("/", CreateSuggestion).WithName("CreateSuggestion").WithSummary("Register a suggestion")
            .ProducesWriteProblems();
        items.MapPut("/{id:guid}", UpdateSuggestion).WithName("UpdateSuggestion").WithSummary("Edit a suggestion")
            .ProducesWriteProblems();
        items.MapPost("/{id:guid}/transitions", TransitionSuggestion).WithName("TransitionSuggestion")
            .WithSummary("Take a step of the lifecycle (assign, answer, feedback...)").ProducesWriteProblems();
        items.MapPost("/merge", MergeSuggestions).WithName("MergeSuggestions").WithSummary("Merge suggestions into a new one")
            .ProducesWriteProblems();
        items.MapGet("/similar", FindSimilarSuggestions).WithName("FindSimilarSuggestions")
            .WithSummary("Suggestions of a township similar to a title and text").ProducesNotFound();

        api.MapSuggestionTownshipApi();
        api.MapNotificationApi();
    }

    public static async Task<Ok<Paged<SuggestionListItem>>> ListSuggestions(Guid? townshipId, int? year, string? state, bool? overdue,
        bool? dueSoon, bool? keyItems, string? q, Guid? unitId, Guid? deputyId, Guid? categoryId, bool? includeMerged, int? page,
        int? pageSize, CongressDbContext db, CancellationToken ct)
    {
        if (townshipId is { } t) await db.FindTownshipAsync(t, ct);
        if (deputyId is { } d) await db.FindVisibleAsync<Deputies.Deputy>(d, ct);
        return TypedResults.Ok(await db.SearchAsync(new SuggestionSearch
        {
            TownshipId = townshipId, Year = year, State = ParseState(state), Overdue = overdue ?? false, DueSoon = dueSoon ?? false,
            KeyItemsOnly = keyItems ?? false, Query = q, UnitId = unitId, DeputyId = deputyId, CategoryId = categoryId,
            IncludeMergedSources = includeMerged ?? false, Page = page ?? 1, PageSize = pageSize ?? 20,
        }, ct));
    }

    public static async Task<Ok<SuggestionDetailsDto>> GetSuggestion(Guid id, CongressDbContext db, WorkCalendar calendar,
        CancellationToken ct) => TypedResults.Ok(await DetailsAsync(db, id, calendar, ct));

    public static async Task<Created<SuggestionDetailsDto>> CreateSuggestion(SuggestionWrite body, CongressDbContext db,
        WorkCalendar calendar, CancellationToken ct)
    {
        var townshipId = db.Scope.ResolveTownship(body.TownshipId);
        var item = await new SuggestionService(db, calendar).CreateAsync(townshipId, body.Suggestion, ct);
        return TypedResults.Created($"/api/v1/suggestions/{item.Id}", await DetailsAsync(db, item.Id, calendar, ct));
    }

    public static async Task<Ok<SuggestionDetailsDto>> UpdateSuggestion(Guid id, SuggestionWrite body, CongressDbContext db,
        WorkCalendar calendar, CancellationToken ct)
    {
        await new SuggestionService(db, calendar).UpdateAsync(id, body.Suggestion, body.Version, ct);
        return TypedResults.Ok(await DetailsAsync(db, id, calendar, ct));
    }

    public static async Task<Ok<TransitionResult>> TransitionSuggestion(Guid id, TransitionRequest body, CongressDbContext db,
        WorkCalendar calendar, CancellationToken ct)
    {
        var service = new SuggestionService(db, calendar);
        var item = await service.TransitionAsync(id, ToInput(body), body.Version, ct);
        var allowed = await service.AllowedAsync(item, ct);
        return TypedResults.Ok(new TransitionResult(item.Id, item.Number, item.State, item.Round, item.Deadline, item.Version,
            allowed.Select(SuggestionLabels.ApiName).ToList()));
    }

    public static async Task<Created<SuggestionDetailsDto>> MergeSuggestions(MergeRequest body, CongressDbContext db,
        WorkCalendar calendar, CancellationToken ct)
    {
        var townshipId = db.Scope.ResolveTownship(body.TownshipId);
        var item = await new SuggestionService(db, calendar).MergeAsync(townshipId, new MergeInput
        {
            SourceIds = body.SourceIds, Title = body.Title ?? "", Text = body.Text ?? "", CategoryId = body.CategoryId, OnDate = body.OnDate,
        }, ct);
        return TypedResults.Created($"/api/v1/suggestions/{item.Id}", await DetailsAsync(db, item.Id, calendar, ct));
    }

    public static async Task<Ok<IReadOnlyList<SimilarItem>>> FindSimilarSuggestions(Guid? townshipId, string? title, string? text,
        Guid? excludeId, CongressDbContext db, CancellationToken ct)
    {
        var t = db.Scope.ResolveTownship(townshipId);
        await db.FindTownshipAsync(t, ct);
        return TypedResults.Ok(await db.SimilarAsync(t, title ?? "", text ?? "", excludeId, ct: ct));
    }

    private static async Task<SuggestionDetailsDto> DetailsAsync(CongressDbContext db, Guid id, WorkCalendar calendar, CancellationToken ct)
    {
        var d = await db.DetailsAsync(id, calendar, ct);
        var s = d.Item;
        var facts = new SuggestionDto(s.Id, s.TownshipId, d.TownshipName, s.Number, s.Year, s.Sequence, s.Kind, s.Title, s.Text,
            s.CategoryId, d.CategoryName, s.LeadDeputyId, s.FromPresidium ? "主席团" : s.LeadDeputyName, s.FromPresidium, s.SessionId, d.SessionName,
            s.SubmittedOn, s.Source, s.SourceNote, s.IsComplex, s.State, s.ReviewReason, s.MergedIntoId, s.MergedSourceCount, s.IsKeyItem,
            s.Supervisor, s.Round, s.LeadUnitId, s.FirstAssignedOn, s.FirstDeadline, s.AssignedOn, s.Deadline, s.FirstAnsweredOn, s.AnsweredOn,
            s.AnswerClass, s.LeadSatisfaction, s.ClosedOn, s.Implementation, d.IsOverdue, d.LastReturnDay, s.Version);
        return new SuggestionDetailsDto(facts,
            d.Signers.Select(x => new SignerDto(x.DeputyId, x.DeputyName, x.IsLead)).ToList(),
            d.Assignments, d.Answers, d.Feedback,
            d.Timeline.Select(e => new TimelineDto(SuggestionLabels.ApiName(e.Action), SuggestionLabels.Of(e.Action), e.FromState, e.ToState,
                e.OnDate, e.AtUtc, e.UserName, e.UnitName, e.Summary, e.Comment)).ToList(),
            d.Attachments, d.MergedSources, d.MergedInto, d.Actor, d.Allowed.Select(SuggestionLabels.ApiName).ToList());
    }

    private static TransitionInput ToInput(TransitionRequest body)
    {
        var action = SuggestionLabels.ParseApiName(body.Action);
        if (action is not { } known || !Steps.Contains(known))
        {
            throw new DomainValidationException([new("Action",
                string.Format(UiText.Problem_UnknownAction, body.Action ?? "", string.Join("、", Steps.Select(SuggestionLabels.ApiName))))]);
        }
        return new TransitionInput
        {
            Action = known, OnDate = body.OnDate, Comment = body.Comment ?? "", UnitId = body.UnitId, CoUnitIds = body.CoUnitIds ?? [],
            IsComplex = body.IsComplex, AnswerClass = body.AnswerClass, Text = body.Text ?? "", DeputyId = body.DeputyId,
            Satisfaction = body.Satisfaction, Supervisor = body.Supervisor ?? "", Implementation = body.Implementation,
        };
    }

    /// <summary>"Assigned", "assigned" or "not-accepted"; blank is no filter.</summary>
    private static SuggestionState? ParseState(string? state)
    {
        if (string.IsNullOrWhiteSpace(state)) return null;
        if (Enum.TryParse<SuggestionState>(state.Replace("-", ""), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) return parsed;
        throw new DomainValidationException([new("State",
            string.Format(UiText.Problem_UnknownState, state, string.Join("、", Enum.GetNames<SuggestionState>())))]);
    }
}
