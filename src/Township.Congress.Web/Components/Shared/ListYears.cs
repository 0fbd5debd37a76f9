namespace Township.Congress.Web.Components.Shared;

/// <summary>The years a supervision list offers: the demo and real records start in 2022, the next year is planned ahead.</summary>
public static class ListYears
{
    public const int First = 2022;

    public static IReadOnlyList<int> Around(int currentYear) =>
        Enumerable.Range(First, Math.Max(1, currentYear + 2 - First)).Reverse().ToList();
}
