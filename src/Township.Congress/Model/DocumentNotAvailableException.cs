namespace Township.Congress.Model;

/// <summary>
/// A document asked for does not exist yet for the record in its present state (e.g. the minutes of a
/// session that was never held). The API answers 409 with the reason; pages disable the button with it.
/// </summary>
public sealed class DocumentNotAvailableException(string reason) : Exception(reason);
