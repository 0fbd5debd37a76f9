using Microsoft.EntityFrameworkCore.Design;
using Township.Congress.Data;
using Township.Congress.Security;

namespace Township.Congress.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context for this provider alone.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CongressDbContext>
{
    public CongressDbContext CreateDbContext(string[] args) =>
        new(CongressDatabase.BuildOptions(DatabaseProvider.Sqlite, "Data Source=design.db"),
            TownshipScope.System("design"));
}
