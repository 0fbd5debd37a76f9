using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Model;

namespace Township.Congress.Suggestions;

/// <summary>What <see cref="SuggestionService.CreateManyAsync"/> made, or each input's errors (by its index) and nothing made.</summary>
public sealed record BatchCreateResult(IReadOnlyList<Suggestion> Items, IReadOnlyList<(int Index, ValidationError Error)> Errors);

public sealed partial class SuggestionService
{
    /// <summary>
    /// Many new items at once (the gathered-suggestions import), all or nothing. Everything that
    /// can be done before writing is: the deputies, categories and sessions are read in one query
    /// each, every input is checked and its item and timeline entry built, with no transaction
    /// open. Only then the numbers are taken and all rows go in one bulk insert
    /// (<see cref="BulkInsert"/>), so the database's write lock (SQLite has one for the whole file)
    /// is held for the batched insert alone and other
    /// townships' saves wait milliseconds, not the length of the import. The cost is linear in
    /// the number of inputs: no per-item query or save.
    /// </summary>
    public async Task<BatchCreateResult> CreateManyAsync(Guid townshipId, IReadOnlyList<SuggestionInput> inputs, CancellationToken ct = default)
    {
        var township = await db.FindTownshipAsync(townshipId, ct);
        foreach (var input in inputs)
        {
            if (input.SubmittedOn == default) input.SubmittedOn = Today;
            Normalize(input);
        }
        var known = await KnownFactsAsync(township, inputs, ct);
        var errors = new List<(int, ValidationError)>();
        var items = new List<Suggestion>(inputs.Count);
        var events = new List<SuggestionEvent>(inputs.Count);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var rowErrors = new List<ValidationError>();
            var signers = Validate(input, known, rowErrors);
            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors.Select(e => (i, e)));
                continue;
            }
            var item = new Suggestion { TownshipId = townshipId, Year = input.SubmittedOn.Year };
            Apply(item, input, signers);
            items.Add(item);
            events.Add(new SuggestionEvent
            {
                TownshipId = townshipId, SuggestionId = item.Id, Action = SuggestionAction.Submit, FromState = item.State, ToState = item.State,
                OnDate = input.SubmittedOn, AtUtc = now, UserName = db.Scope.UserName,
                Summary = $"{SuggestionLabels.Of(item.Kind)}由{(item.FromPresidium ? "主席团" : item.LeadDeputyName + "代表")}提出", // Chinese by design: stored timeline and notification text
            });
        }
        if (errors.Count > 0) return new BatchCreateResult([], errors);

        // Written without the change tracker (BulkInsert): the same checks and audit as a save, a fraction of the time.
        var records = items.Cast<Entity>().Concat(items.SelectMany(i => i.Signers)).Concat(events).ToList();
        for (var attempt = 1; ; attempt++)
        {
            await NumberAsync(townshipId, items, ct);
            try
            {
                await db.InsertManyAsync(records, ct);
                return new BatchCreateResult(items, []);
            }
            catch (DbException) when (attempt < 5)
            {
                // Another secretary of this township took a number meanwhile (the unique index refused ours): number again.
            }
        }
    }

    /// <summary>The next numbers of each year, in the inputs' order: one query for all of them.</summary>
    private async Task NumberAsync(Guid townshipId, List<Suggestion> items, CancellationToken ct)
    {
        var years = items.Select(i => i.Year).Distinct().ToList();
        var last = await db.Suggestions.IgnoreQueryFilters()
            .Where(s => s.TownshipId == townshipId && years.Contains(s.Year))
            .GroupBy(s => s.Year).Select(g => new { Year = g.Key, Last = g.Max(s => s.Sequence) })
            .ToDictionaryAsync(g => g.Year, g => g.Last, ct);
        foreach (var item in items) last[item.Year] = item.Sequence = last.GetValueOrDefault(item.Year) + 1;
    }
}
