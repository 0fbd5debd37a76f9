namespace Township.Congress.Security;

/// <summary>Claim types the sign-in adds so scoping needs no database round trip.</summary>
public static class CongressClaims
{
    public const string CountyId = "congress:county";
    public const string TownshipId = "congress:township";
    public const string HandlingUnitId = "congress:unit";
    public const string DisplayName = "congress:display-name";
}
