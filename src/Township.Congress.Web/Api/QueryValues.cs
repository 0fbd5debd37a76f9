using Township.Congress.Model;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Api;

/// <summary>
/// Enum query values must be ones the app knows: binding takes "?sort=99" as a number, which would sort or filter by a
/// value nobody has. Such a value is a 400 problem naming the parameter.
/// </summary>
public static class QueryValues
{
    public static T? Known<T>(T? value, string name) where T : struct, Enum
    {
        if (value is not { } v) return null;
        var known = typeof(T).IsDefined(typeof(FlagsAttribute), false)
            ? (Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)
               & ~Enum.GetValues<T>().Aggregate(0L, (all, x) => all | Convert.ToInt64(x, System.Globalization.CultureInfo.InvariantCulture))) == 0
              && Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) >= 0
            : Enum.IsDefined(v);
        if (!known) throw new DomainValidationException([new(name, string.Format(UiText.Problem_UnknownQueryValue, name, v))]);
        return v;
    }
}
