using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Township.Congress.Auditing;
using Township.Congress.Data;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Testing.Suggestions;

namespace Township.Congress.Tests.Data;

/// <summary>
/// The bulk insert writes rows without the change tracker (on SQLite through SQLite's own API, on PostgreSQL by COPY):
/// every value must be stored exactly as a save stores it, or queries comparing dates, ids and enums would miss the rows.
/// </summary>
public class BulkInsertTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ABulkInsertedItemIsStoredExactlyAsASavedOne(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (saved, bulk) = await SavedAndBulkAsync(database);

        await using var read = database.System();
        var connection = read.Database.GetDbConnection();
        await connection.OpenAsync();
        var ignored = new[] { "Id", "Sequence", "SuggestionId", "EntityKey", "Changes", "Seq", "PrevHash", "Hash" };
        async Task<List<Dictionary<string, string>>> RowsAsync(Type entity, string keyColumn, Guid key)
        {
            var type = read.Model.FindEntityType(entity)!;
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{type.GetTableName()}\" WHERE \"{keyColumn}\" = @key";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@key";
            // Ids are compared as they are stored: text on SQLite (upper case, as EF writes them), uuid on PostgreSQL; an audit row's key is its text.
            parameter.Value = keyColumn == "EntityKey" ? key.ToString() : provider == DatabaseProvider.Sqlite ? key.ToString().ToUpperInvariant() : key;
            command.Parameters.Add(parameter);
            var rows = new List<Dictionary<string, string>>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = new Dictionary<string, string>();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (ignored.Contains(reader.GetName(i))) continue;
                    // On SQLite the field type is the value's storage class, so a date bound as text and one bound as a number differ here.
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? "NULL" : $"{reader.GetFieldType(i).Name}:{Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)}";
                }
                rows.Add(row);
            }
            return rows.OrderBy(r => string.Join("|", r.Values)).ToList();
        }

        var savedItem = Assert.Single(await RowsAsync(typeof(Suggestion), "Id", saved.Id));
        var bulkItem = Assert.Single(await RowsAsync(typeof(Suggestion), "Id", bulk.Id));
        Assert.Equal(savedItem, bulkItem);
        Assert.Equal(3, (await RowsAsync(typeof(SuggestionSigner), "SuggestionId", bulk.Id)).Count);
        Assert.Equal(await RowsAsync(typeof(SuggestionSigner), "SuggestionId", saved.Id), await RowsAsync(typeof(SuggestionSigner), "SuggestionId", bulk.Id));
        Assert.Equal(await RowsAsync(typeof(SuggestionEvent), "SuggestionId", saved.Id), await RowsAsync(typeof(SuggestionEvent), "SuggestionId", bulk.Id));
        var savedAudit = await RowsAsync(typeof(AuditEntry), "EntityKey", saved.Id);
        Assert.NotEmpty(savedAudit);
        Assert.Equal(savedAudit, await RowsAsync(typeof(AuditEntry), "EntityKey", bulk.Id));
    }

    /// <summary>
    /// An item's audit row holds what the secretary entered (title, text...), not the search copies made from it
    /// ([Derived]): they repeat the text several times over. A save and a bulk insert audit the same fields.
    /// </summary>
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheAuditOfANewItemLeavesOutItsDerivedSearchCopies(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (saved, bulk) = await SavedAndBulkAsync(database);

        await using var read = database.System();
        // Each field's recorded value; the two items differ only in their number.
        async Task<Dictionary<string, string>> FieldsAsync(Guid id)
        {
            var changes = await read.AuditEntries.Where(a => a.EntityType == nameof(Suggestion) && a.EntityKey == id.ToString()).Select(a => a.Changes).SingleAsync();
            return System.Text.Json.JsonDocument.Parse(changes).RootElement.EnumerateObject().Where(p => p.Name != nameof(Suggestion.Sequence))
                .ToDictionary(p => p.Name, p => p.Value.GetProperty("new").ToString());
        }
        var savedFields = await FieldsAsync(saved.Id);
        Assert.Contains(nameof(Suggestion.Title), savedFields.Keys);
        Assert.Contains(nameof(Suggestion.Text), savedFields.Keys);
        Assert.Contains(nameof(Suggestion.LeadDeputyId), savedFields.Keys);
        Assert.DoesNotContain(nameof(Suggestion.SearchText), savedFields.Keys);
        Assert.DoesNotContain(nameof(Suggestion.SearchTerms), savedFields.Keys);
        Assert.Equal(savedFields, await FieldsAsync(bulk.Id));
    }

    /// <summary>One item saved the ordinary way and one from the same input through the bulk insert.</summary>
    private static async Task<(Suggestion Saved, Suggestion Bulk)> SavedAndBulkAsync(TestDatabase database)
    {
        var w = await SuggestionWorld.CreateAsync(database, Today);
        var saved = await w.CreateAsync(w.Input());
        await using var db = w.Context(w.Secretary);
        var result = await w.Service(db).CreateManyAsync(w.County.One.Id, [w.Input()]);
        Assert.Empty(result.Errors);
        return (saved, Assert.Single(result.Items));
    }

    /// <summary>Every table the import writes goes through SQLite's own API, not the slower way round (a column of an unknown form would send it there).</summary>
    [Fact]
    public async Task EveryTableTheImportWritesHasAKnownFormOnSqlite()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.System();
        foreach (var entity in new[] { typeof(Suggestion), typeof(SuggestionSigner), typeof(SuggestionEvent), typeof(AuditEntry) })
        {
            foreach (var property in db.Model.FindEntityType(entity)!.GetProperties())
            {
                var mapping = property.GetRelationalTypeMapping();
                Assert.True(SqliteRowWriter.BindingOf(mapping.Converter?.ProviderClrType ?? mapping.ClrType) is not null,
                    $"{entity.Name}.{property.Name}: {mapping.ClrType.Name}");
            }
        }
    }
}
