namespace Township.Congress.Model;

/// <summary>
/// A stored copy computed from other fields of the record (search text, pinyin and sort keys),
/// kept so queries can use an index. The audit records the fields it is computed from, not the
/// copy: it says nothing a person changed, and for an item it was most of each audit row
/// (the search text repeats the title and text, its bigrams triple them).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DerivedAttribute : Attribute;
