namespace Township.Congress.Model;

/// <summary>
/// A save was refused because someone else changed the record after it was read.
/// Nothing was written; the user reloads and decides.
/// </summary>
public sealed class ConcurrencyConflictException(string entityName, Exception? inner = null)
    : Exception($"该{entityName}已被其他人修改，您的更改未保存。请刷新后重新编辑。", inner)
{
    public string EntityName { get; } = entityName;
}
