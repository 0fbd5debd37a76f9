using Township.Congress.Resources;

namespace Township.Congress.Model;

/// <summary>
/// A save was refused because someone else changed the record after it was read.
/// Nothing was written; the user reloads and decides.
/// </summary>
public sealed class ConcurrencyConflictException(string entityName, Exception? inner = null)
    : Exception(string.Format(ModelText.Concurrency_Conflict, entityName), inner)
{
    public string EntityName { get; } = entityName;
}
