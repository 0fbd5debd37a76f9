namespace Township.Congress.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Database:Provider</c>: Sqlite (the embedded default) or PostgreSql (production).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary><c>ConnectionStrings:Congress</c>.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/congress.db";

    /// <summary>Seed the demo county when the database is empty.</summary>
    public bool SeedDemoData { get; set; }
}
