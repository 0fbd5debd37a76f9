using Township.Congress.Web;
using Township.Congress.Web.Components;
using Township.Congress.Web.Infrastructure;
using Serilog;

UiCulture.SetProcessDefault();
// `backup FILE`, `restore FILE --yes`, `verify-audit`: maintenance on the app's database instead of serving.
if (MaintenanceCommands.Handles(args))
{
    Environment.ExitCode = await MaintenanceCommands.RunAsync(args, Console.Out);
    return;
}
var builder = WebApplication.CreateBuilder(args);
builder.AddCongressLogging();
builder.AddCongressServices();

var app = builder.Build();
// The model's label tables report enum values without a name (old data) through the app's logging.
Township.Congress.Formatting.EnumLabels.Log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Township.Congress.Labels");
app.UseCongressPipeline();
await DatabaseStartup.InitializeAsync(app);
app.Run();

/// <summary>Public so the tests can host the app (WebApplicationFactory).</summary>
public partial class Program;
