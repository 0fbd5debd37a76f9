using Serilog;
using Serilog.Events;

namespace Township.Congress.Web.Infrastructure;

public static class LoggingSetup
{
    /// <summary>Serilog to the console and to daily rolling files under <c>Logging:Directory</c>.</summary>
    public static void AddCongressLogging(this WebApplicationBuilder builder)
    {
        var folder = builder.Configuration["Logging:Directory"] ?? "logs";
        // preserveStaticLogger: several test hosts in one process must not fight over Log.Logger.
        builder.Services.AddSerilog((services, lc) => lc
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            // Last enricher: whatever users typed reaches the sinks escaped and cut (see LogText).
            .Enrich.With<LogTextEnricher>()
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Database.Command", LogEventLevel.Warning)
            // EF logs one error when it first looks for the history table of an empty PostgreSQL database.
            .Filter.ByExcluding(e => e.Properties.TryGetValue("SourceContext", out var s)
                && s.ToString().Contains("Microsoft.EntityFrameworkCore.Database.Command")
                && e.RenderMessage().Contains("__EFMigrationsHistory"))
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            // shared: the app nodes of a county server may write one log folder (docker-compose replicas).
            .WriteTo.File(Path.Combine(folder, "congress-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31,
                shared: true, formatProvider: System.Globalization.CultureInfo.InvariantCulture),
            preserveStaticLogger: true);
    }
}
