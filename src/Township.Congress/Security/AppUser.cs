using Microsoft.AspNetCore.Identity;

namespace Township.Congress.Security;

/// <summary>A login. County and township ties decide what the user may see.</summary>
public class AppUser : IdentityUser<Guid>
{
    public AppUser() => Id = Guid.CreateVersion7();

    public string DisplayName { get; set; } = "";
    public Guid? CountyId { get; set; }
    public Guid? TownshipId { get; set; }

    /// <summary>For handling-unit logins: the unit whose items the user answers.</summary>
    public Guid? HandlingUnitId { get; set; }
}
