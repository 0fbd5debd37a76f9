namespace Township.Congress.Servers;

/// <summary>
/// One data-protection key of the web app, as the XML element ASP.NET Core writes. Kept in the
/// database so every app node reads the same key ring: a sign-in cookie protected on node A is
/// read on node B. Like the keys on disk they replace, they are not encrypted at rest: whoever
/// reads this table can forge cookies, so the database's access rules protect it.
/// </summary>
public class ProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public string Xml { get; set; } = "";
}
