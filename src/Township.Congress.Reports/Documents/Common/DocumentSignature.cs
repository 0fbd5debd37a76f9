namespace Township.Congress.Reports.Documents.Common;

/// <summary>The issuer and date closing a document, e.g. "城关镇人民代表大会主席团" and "2026年3月9日".</summary>
public sealed record DocumentSignature(string Issuer, string Date);
