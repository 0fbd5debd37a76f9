using Township.Congress.Data;

namespace Township.Congress.Testing.Infrastructure;

/// <summary>
/// One test, every provider: data-layer theories take a provider from here, so the test
/// output names the provider each case ran on.
/// </summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> All => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };
}
