using System.Text.Json;

namespace Township.Congress.Benchmarks.Load;

/// <summary>What both clients wait for after a roll-call click: the session as the API reads it carries the mark.</summary>
public static class RollMarks
{
    public static async Task WaitSavedAsync(Func<string, Task<string>> get, Guid sessionId, Guid deputy, string mark, CancellationToken stop)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var session = JsonDocument.Parse(await get($"/api/v1/sessions/{sessionId}"));
            if (session.RootElement.GetProperty("roll").EnumerateArray()
                .Any(r => r.GetProperty("deputyId").GetGuid() == deputy && r.GetProperty("status").GetString() == mark)) return;
            if (DateTime.UtcNow > until) throw new TimeoutException($"the mark {mark} of {deputy} was not saved within 60 s");
            await Task.Delay(50, stop);
        }
    }
}
