using Township.Congress.Web;
using Township.Congress.Web.Components;
using Township.Congress.Web.Infrastructure;
using Serilog;

UiCulture.SetProcessDefault();
var builder = WebApplication.CreateBuilder(args);
builder.AddCongressLogging();
builder.AddCongressServices();

var app = builder.Build();
app.UseCongressPipeline();
await DatabaseStartup.InitializeAsync(app);
app.Run();

/// <summary>Public so the tests can host the app (WebApplicationFactory).</summary>
public partial class Program;
