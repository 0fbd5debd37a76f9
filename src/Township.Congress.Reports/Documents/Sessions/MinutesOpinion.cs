namespace Township.Congress.Reports.Documents.Sessions;

/// <summary>A deliberation opinion (审议意见); consecutive opinions on the same agenda title print under one heading.</summary>
public sealed record MinutesOpinion(string AgendaTitle, string Opinion);
