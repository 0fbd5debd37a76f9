namespace Township.Congress.Suggestions;

/// <summary>What the secretary types for a new item or an edit before assignment.</summary>
public sealed class SuggestionInput
{
    public SuggestionKind Kind { get; set; } = SuggestionKind.Suggestion;
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public Guid? LeadDeputyId { get; set; }
    public List<Guid> CoSignerIds { get; set; } = [];

    /// <summary>A motion of the presidium itself (needs no five deputies).</summary>
    public bool FromPresidium { get; set; }
    public Guid? CategoryId { get; set; }
    public Guid? SessionId { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public SuggestionSource Source { get; set; } = SuggestionSource.Deputy;
    public string SourceNote { get; set; } = "";
    public bool IsComplex { get; set; }
}

/// <summary>
/// One step of the lifecycle ("action" plus what that step needs). Fields a step does not use
/// are ignored; the API takes the same shape as JSON.
/// </summary>
public sealed class TransitionInput
{
    public SuggestionAction Action { get; set; }

    /// <summary>The day it happened; today when left out. Never in the future.</summary>
    public DateOnly? OnDate { get; set; }
    public string Comment { get; set; } = "";

    /// <summary>Assign: the lead unit and the co-units; answer/co-unit opinion typed by the secretary: the unit.</summary>
    public Guid? UnitId { get; set; }
    public List<Guid> CoUnitIds { get; set; } = [];
    public bool? IsComplex { get; set; }

    /// <summary>Answer.</summary>
    public AnswerClass? AnswerClass { get; set; }
    public string Text { get; set; } = "";

    /// <summary>Feedback: whose (the lead deputy when left out) and how satisfied.</summary>
    public Guid? DeputyId { get; set; }
    public Satisfaction? Satisfaction { get; set; }

    public string Supervisor { get; set; } = "";
    public Implementation? Implementation { get; set; }
}

/// <summary>Several raw items become one merged item (并案办理).</summary>
public sealed class MergeInput
{
    public List<Guid> SourceIds { get; set; } = [];
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public Guid? CategoryId { get; set; }
    public DateOnly? OnDate { get; set; }
}
