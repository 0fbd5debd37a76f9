extern alias bench;
using System.Net.Http.Json;
using System.Text.Json;
using bench::Township.Congress.Benchmarks.Load;
using Township.Congress.Web.Tests.Http;
using static bench::Township.Congress.Benchmarks.Load.PageQueries;
using Batch = bench::Township.Congress.Benchmarks.Load.RenderBatch;

namespace Township.Congress.Web.Tests.Load;

/// <summary>
/// The load driver's protocol client (tests/Township.Congress.Benchmarks/Load) against the real app in memory: the
/// batches it decodes are the server's own, the tree it keeps must show what the API says, and the events it dispatches
/// must change what the server saves.
/// </summary>
public sealed class ProtocolClientTests : IClassFixture<CongressAppFactory>
{
    private readonly CongressAppFactory _app;

    public ProtocolClientTests(CongressAppFactory app) => _app = app;

    private Task<ProtocolSecretary> SignInAsync(string user = "town01", int keepBatches = 0)
    {
        var server = _app.Server;
        var transport = CircuitTransport.InMemory(server.CreateHandler, async (uri, cookie, stop) =>
        {
            var client = server.CreateWebSocketClient();
            client.ConfigureRequest = r => r.Headers.Cookie = cookie;
            return await client.ConnectAsync(uri, stop);
        }, keepBatches);
        return ProtocolSecretary.SignInAsync(server.BaseAddress, user, Township.Congress.Demo.DemoSeeder.DefaultPassword, CancellationToken.None, transport);
    }

    private async Task<List<string>> FirstRosterPageAsync()
    {
        using var client = await _app.LoginAsync("town01");
        using var page = JsonDocument.Parse(await client.GetStringAsync("/api/v1/deputies?pageSize=20"));
        return page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();
    }

    [Fact]
    public async Task The_tree_from_real_batches_shows_the_roster_the_api_lists()
    {
        await using var secretary = await SignInAsync();
        var shown = secretary.Circuit.Read(t => t.ByTestId("roster-name").Select(e => e.Text).ToList());

        var listed = await FirstRosterPageAsync();
        Assert.Equal(20, shown.Count);
        Assert.All(shown, name => Assert.Contains(name, listed));
        // Attributes, booleans (hidden arrives as "") and handlers decoded: the layout's marker and the search box.
        var marker = Assert.Single(secretary.Circuit.Read(t => t.ByTestId("interactive").ToList()));
        Assert.Equal("", marker["hidden"]);
        var box = secretary.Circuit.Read(t => t.Input(Ui("Roster_Search")));
        Assert.NotNull(box);
        Assert.Contains("input", box.Handlers.Keys);
        Assert.Null(secretary.Circuit.Error);
    }

    [Fact]
    public async Task A_captured_batch_decodes_to_frames_with_their_strings_and_a_cut_one_is_refused()
    {
        await using var secretary = await SignInAsync(keepBatches: 100);
        var captured = secretary.Circuit.FirstBatches;

        var batches = captured.Select(b => Batch.Read(b)).ToList();
        Assert.All(batches, b => Assert.All(b.Diffs.SelectMany(d => d.Edits), e => Assert.InRange(e.FrameIndex, -1, b.Frames.Count - 1)));
        var frames = batches.SelectMany(b => b.Frames).ToList();
        Assert.Contains(frames, f => f.Type == FrameType.Element && f.Text == "input");
        Assert.Contains(frames, f => f.Type == FrameType.Attribute && f.Text == "onclick" && f.EventHandlerId > 0);
        Assert.Contains(frames, f => f.Type == FrameType.Attribute && f.Text == "data-testid" && f.Value == "roster-table");
        // Static HTML arrives folded into markup frames; the tree parses them (the layout's marker is one, and the roster
        // writes each row's cells without events, the name link among them, as one markup string).
        Assert.Contains(frames, f => f.Type == FrameType.Markup && f.Text!.Contains("data-testid=\"interactive\"", StringComparison.Ordinal));
        Assert.Contains(frames, f => f.Type == FrameType.Markup && f.Text!.Contains("data-testid=\"roster-name\"", StringComparison.Ordinal));
        var first = captured[0];
        Assert.Throws<FormatException>(() => Batch.Read(first.AsSpan(0, first.Length / 2)));
    }

    [Fact]
    public async Task Typing_a_surname_filters_the_rows_and_the_pager_moves_on()
    {
        await using var secretary = await SignInAsync();
        var before = secretary.Circuit.Read(t => t.ByTestId("roster-name").First().Text);
        var opened = secretary.Circuit.Traffic;
        // The opening sent batches, and MudBlazor's inputs asked the stand-in browser for things (each counted).
        Assert.True(opened.Batches > 0 && opened.JsCalls > 0, $"{opened}");

        await secretary.NextRosterPageAsync(CancellationToken.None);
        var paged = secretary.Circuit.Traffic - opened;
        Assert.InRange(paged.Batches, 1, 20);
        Assert.NotEqual(before, secretary.Circuit.Read(t => t.ByTestId("roster-name").First().Text));

        var surname = before[..1];
        await secretary.SearchRosterAsync(surname, CancellationToken.None);
        var names = secretary.Circuit.Read(t => t.ByTestId("roster-name").Select(e => e.Text).ToList());
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Contains(surname, n));
    }

    [Fact]
    public async Task Saving_a_deputy_and_marking_the_roll_reach_the_database()
    {
        await using var secretary = await SignInAsync();
        using var client = await _app.LoginAsync("town01");
        var href = secretary.Circuit.Read(t => t.ByTestId("roster-name").First()["href"])!;
        var deputy = $"/api/v1/deputies/{href.Split('/')[^1]}";
        var version = (await client.GetFromJsonAsync<JsonElement>(deputy)).GetProperty("version").GetInt64();

        await secretary.SaveDeputyAsync(0, CancellationToken.None);
        // A save moves the deputy's version on (an unchanged dialog still saves: the edit is audited).
        Assert.Equal(version + 1, (await client.GetFromJsonAsync<JsonElement>(deputy)).GetProperty("version").GetInt64());

        var open = Assert.IsType<Guid>(secretary.Facts.OpenSessions.FirstOrDefault(), exactMatch: false);
        await secretary.OpenAsync($"/sessions/{open}", "session-status", CancellationToken.None);
        // Waits until the API reads the new mark (else it throws).
        await secretary.MarkRollAsync(open, 3, CancellationToken.None);
        Assert.Null(secretary.Circuit.Error);
    }
}
