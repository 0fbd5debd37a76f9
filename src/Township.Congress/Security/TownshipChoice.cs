using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Security;

/// <summary>Which township a request means when it may leave the township out.</summary>
public static class TownshipChoice
{
    public static string Required => ModelText.Township_Required;

    /// <summary>
    /// The township given, else the user's one township, else a validation error on TownshipId: a
    /// secretary need not name their township, county staff and administrators must.
    /// </summary>
    public static Guid ResolveTownship(this TownshipScope scope, Guid? given) =>
        given ?? scope.HomeTownshipId ?? throw new DomainValidationException([new("TownshipId", Required)]);
}
