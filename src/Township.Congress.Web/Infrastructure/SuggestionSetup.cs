using Township.Congress.Suggestions;
using Township.Congress.Web.Features.Suggestions;

namespace Township.Congress.Web.Infrastructure;

/// <summary>Working-day calendar from configuration, and the hourly overdue reminder.</summary>
public static class SuggestionSetup
{
    public const string Section = "Suggestions";

    public static void AddSuggestions(this IServiceCollection services, IConfiguration config)
    {
        var section = config.GetSection(Section);
        var holidays = section.GetSection("Holidays").Get<DateOnly[]>();
        var workingDays = section.GetSection("ExtraWorkingDays").Get<DateOnly[]>();
        // Without a configured list, this year's official one; with one, exactly what is configured.
        services.AddSingleton(holidays is null && workingDays is null ? WorkCalendar.China2026 : new WorkCalendar(holidays, workingDays));
        services.AddSingleton<SuggestionPrints>();
        services.AddScoped<SuggestionAttachmentService>();
        if (section.GetValue("Reminders", true)) services.AddHostedService<OverdueReminderJob>();
    }
}
