using Township.Congress.Model;

namespace Township.Congress.Suggestions;

/// <summary>
/// 议案、建议、批评和意见: one item from a deputy's pen to its implementation. Besides what
/// the secretary types, it carries the facts the figures and lists need (first assignment and
/// answer dates, current deadline, the lead deputy's latest feedback), kept up to date by
/// <see cref="SuggestionWorkflow"/> so that counting and filtering need no joins.
/// </summary>
public class Suggestion : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }

    /// <summary>Year of the number (the year it was submitted).</summary>
    public int Year { get; set; }

    /// <summary>Running number within township and year; shown as <see cref="Number"/> 2026-017.</summary>
    public int Sequence { get; set; }
    public SuggestionKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";

    /// <summary>Lower-cased title and text: what keyword search matches (substring, no segmentation).</summary>
    [Derived]
    public string SearchText { get; set; } = "";

    /// <summary>
    /// The distinct character bigrams of <see cref="SearchText"/>, space-separated. PostgreSQL
    /// indexes them (GIN over a 'simple' tsvector) so a keyword of any length from two characters
    /// narrows the candidates by index before the exact substring check; see SuggestionQueries.
    /// </summary>
    [Derived]
    public string SearchTerms { get; set; } = "";
    public Guid? CategoryId { get; set; }

    /// <summary>The lead deputy; null only for a motion of the presidium.</summary>
    public Guid? LeadDeputyId { get; set; }

    /// <summary>The name as it was when raised: handling units see items, not the roster.</summary>
    public string LeadDeputyName { get; set; } = "";
    public bool FromPresidium { get; set; }

    /// <summary>The session during which it was handed in; null when raised between sessions.</summary>
    public Guid? SessionId { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public SuggestionSource Source { get; set; }
    public string SourceNote { get; set; } = "";

    /// <summary>复杂事项: six months to answer instead of three.</summary>
    public bool IsComplex { get; set; }
    public SuggestionState State { get; set; } = SuggestionState.Submitted;

    /// <summary>Reason of the motions committee for 转为建议 or 不予立案.</summary>
    public string ReviewReason { get; set; } = "";

    /// <summary>For a raw item folded into a merged one.</summary>
    public Guid? MergedIntoId { get; set; }

    /// <summary>How many raw items went into this one (0 for an ordinary item).</summary>
    public int MergedSourceCount { get; set; }

    /// <summary>重点督办.</summary>
    public bool IsKeyItem { get; set; }
    public string Supervisor { get; set; } = "";

    /// <summary>1 for the first handling, 2 after the deputy was dissatisfied (重新办理).</summary>
    public int Round { get; set; } = 1;
    public Guid? LeadUnitId { get; set; }
    public DateOnly? FirstAssignedOn { get; set; }
    public DateOnly? FirstDeadline { get; set; }
    public DateOnly? AssignedOn { get; set; }

    /// <summary>The deadline of the current round; what "overdue" is measured against.</summary>
    public DateOnly? Deadline { get; set; }
    public DateOnly? FirstAnsweredOn { get; set; }
    public DateOnly? AnsweredOn { get; set; }
    public AnswerClass? AnswerClass { get; set; }

    /// <summary>The lead deputy's latest feedback: the one the figures count.</summary>
    public Satisfaction? LeadSatisfaction { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public Implementation? Implementation { get; set; }

    public List<SuggestionSigner> Signers { get; set; } = [];

    public string Number => FormatNumber(Year, Sequence);

    public bool IsMergedItem => MergedSourceCount > 0;

    public static string FormatNumber(int year, int sequence) => $"{year}-{sequence:000}";

    /// <summary>Waiting for the unit's answer past the deadline.</summary>
    public bool IsOverdueOn(DateOnly today) => SuggestionRules.IsOverdue(State, Deadline, today);

    public static string SearchTextOf(string title, string text) => $"{title}\n{text}".ToLowerInvariant();

    /// <summary>Sets <see cref="Title"/>, <see cref="Text"/> and what search reads from them.</summary>
    public void SetContent(string title, string text)
    {
        Title = title;
        Text = text;
        SearchText = SearchTextOf(title, text);
        SearchTerms = SearchBigrams.Joined(SearchText);
    }
}

/// <summary>A record that belongs to one item; handling units see it when they see the item.</summary>
public interface ISuggestionPart : ITownshipOwned
{
    Guid SuggestionId { get; }
}

/// <summary>领衔代表 and 附议代表, names kept as they were when the item was raised.</summary>
public class SuggestionSigner : Entity, ISuggestionPart
{
    public Guid TownshipId { get; set; }
    public Guid SuggestionId { get; set; }
    public Guid DeputyId { get; set; }
    public string DeputyName { get; set; } = "";
    public bool IsLead { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>交办 to one unit, as lead (主办) or co-unit (协办), for one round of handling.</summary>
public class SuggestionAssignment : Entity, ISuggestionPart
{
    public Guid TownshipId { get; set; }
    public Guid SuggestionId { get; set; }
    public Guid UnitId { get; set; }
    public bool IsLead { get; set; }
    public int Round { get; set; } = 1;
    public DateOnly AssignedOn { get; set; }
    public DateOnly Deadline { get; set; }

    /// <summary>Set when the unit returned the item or a later round replaced this one.</summary>
    public DateOnly? EndedOn { get; set; }
    public string ReturnReason { get; set; } = "";
    public bool IsCurrent => EndedOn is null;
}

/// <summary>The lead unit's answer (with its class) or a co-unit's opinion attached to it.</summary>
public class SuggestionAnswer : Entity, ISuggestionPart
{
    public Guid TownshipId { get; set; }
    public Guid SuggestionId { get; set; }
    public Guid UnitId { get; set; }
    public bool IsLeadAnswer { get; set; }
    public int Round { get; set; }
    public DateOnly AnsweredOn { get; set; }
    public AnswerClass? Class { get; set; }
    public string Text { get; set; } = "";

    /// <summary>True when the secretary typed it from the unit's paper reply.</summary>
    public bool EnteredBySecretary { get; set; }
}

/// <summary>A deputy's judgement of an answer (满意/基本满意/不满意), recorded by the secretary.</summary>
public class SuggestionFeedback : Entity, ISuggestionPart
{
    public Guid TownshipId { get; set; }
    public Guid SuggestionId { get; set; }
    public Guid? DeputyId { get; set; }
    public string DeputyName { get; set; } = "";
    public bool IsLead { get; set; }
    public int Round { get; set; }
    public DateOnly RecordedOn { get; set; }
    public Satisfaction Satisfaction { get; set; }
    public string Comment { get; set; } = "";
}

/// <summary>One step on the item's timeline: who, when, what, and why.</summary>
public class SuggestionEvent : Entity, ISuggestionPart
{
    public Guid TownshipId { get; set; }
    public Guid SuggestionId { get; set; }
    public SuggestionAction Action { get; set; }
    public SuggestionState FromState { get; set; }
    public SuggestionState ToState { get; set; }

    /// <summary>The day it happened (an answer may be typed days after it was written).</summary>
    public DateOnly OnDate { get; set; }
    public DateTime AtUtc { get; set; }
    public string UserName { get; set; } = "";
    public Guid? UnitId { get; set; }
    public string Summary { get; set; } = "";
    public string Comment { get; set; } = "";
}

/// <summary>A file attached to an item or to an answer; content checked like agenda documents.</summary>
public class SuggestionAttachment : Entity, ISuggestionPart
{
    public Guid TownshipId { get; set; }
    public Guid SuggestionId { get; set; }
    public Guid? AnswerId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    public DateTime UploadedAtUtc { get; set; }
    public string UploadedBy { get; set; } = "";
    public byte[] Content { get; set; } = [];
}
