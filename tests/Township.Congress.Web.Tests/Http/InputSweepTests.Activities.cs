using System.Text.Json.Nodes;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The activity routes' well-formed bodies, which the sweep breaks one field at a time.</summary>
public abstract partial class InputSweepTests<TFactory>
{
    private static JsonObject ActivityBody(Target t, long version) => new()
    {
        ["version"] = version,
        ["townshipId"] = t.Township.ToString(),
        ["activity"] = new JsonObject
        {
            ["kind"] = "Inspection", ["organiser"] = "Presidium", ["subject"] = "扫描视察", ["startsOn"] = "2026-05-12", ["endsOn"] = "2026-05-12",
            ["status"] = "Held", ["places"] = "扫描村", ["findings"] = "扫描发现的问题",
        },
    };
}
