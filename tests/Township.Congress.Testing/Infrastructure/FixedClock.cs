namespace Township.Congress.Testing.Infrastructure;

/// <summary>A clock the test moves by hand; "today" is a China date.</summary>
public sealed class FixedClock(DateOnly chinaToday) : TimeProvider
{
    public DateOnly Today { get; set; } = chinaToday;

    // Noon in China, so the China date is Today whatever the offset arithmetic.
    public override DateTimeOffset GetUtcNow() => new(Today.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);
}
