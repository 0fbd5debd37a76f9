using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Security;
using Township.Congress.Servers;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// The data-protection key ring in the database (<see cref="ProtectionKey"/>) instead of a folder
/// on each node: sign-in cookies, antiforgery tokens and circuit state protected by one node are
/// read by every other node of the county server, and survive a container rebuilt without its volume.
/// Our own repository rather than Microsoft.AspNetCore.DataProtection.EntityFrameworkCore, whose
/// context interface would pull ASP.NET Core into the model library; the repository is two methods.
/// </summary>
public sealed class DatabaseKeyRing(DbContextOptions<CongressDbContext> options) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = System();
        return db.ProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(x => XElement.Parse(x)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = System();
        db.ProtectionKeys.Add(new ProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }

    private CongressDbContext System() => new(options, TownshipScope.System("data-protection"));

    public static void AddTo(IServiceCollection services)
    {
        // One application name on every node: the keys' purpose strings must match across nodes.
        services.AddDataProtection().SetApplicationName("Township.Congress");
        services.AddOptions<KeyManagementOptions>()
            .Configure<DbContextOptions<CongressDbContext>>((o, db) => o.XmlRepository = new DatabaseKeyRing(db));
    }

    /// <summary>
    /// Loads the key ring, making the first key when there is none. Called at start-up under the
    /// start-up lease (<see cref="DatabaseStartup"/>): nodes started together would otherwise each
    /// make a key and, until their next refresh, read only their own cookies.
    /// </summary>
    public static void EnsureKey(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key-ring-check").Protect([1]);
}
