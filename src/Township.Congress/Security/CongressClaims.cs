namespace Township.Congress.Security;

/// <summary>Claim types the sign-in adds so scoping needs no database round trip.</summary>
public static class CongressClaims
{
    public const string CountyId = "congress:county";
    public const string TownshipId = "congress:township";
    public const string HandlingUnitId = "congress:unit";
    public const string DisplayName = "congress:display-name";

    /// <summary>The id of the <see cref="ServerSession"/> row that keeps this sign-in alive.</summary>
    public const string SessionId = "congress:session";
}
