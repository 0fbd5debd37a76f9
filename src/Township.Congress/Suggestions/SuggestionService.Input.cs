using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Model;
using Township.Congress.Sessions;

namespace Township.Congress.Suggestions;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;
using Township.Congress.Resources;

public sealed partial class SuggestionService
{
    private sealed record SignerName(Guid Id, string Name);

    private sealed record DeputyFacts(Guid Id, string Name, DeputyStatus Status, DateOnly StatusSince);

    /// <summary>The deputies, categories and sessions the inputs name, read in one query each (an import names thousands).</summary>
    private sealed record KnownFacts(Dictionary<Guid, DeputyFacts> Deputies, HashSet<Guid> Categories, HashSet<Guid> Sessions);

    private async Task<KnownFacts> KnownFactsAsync(Township township, IReadOnlyCollection<SuggestionInput> inputs, CancellationToken ct)
    {
        var ids = inputs.SelectMany(i => (i.LeadDeputyId is { } lead ? [lead] : Array.Empty<Guid>()).Concat(i.CoSignerIds ?? [])).Distinct().ToList();
        var deputies = ids.Count == 0 ? [] : await db.Deputies.IgnoreQueryFilters()
            .Where(d => ids.Contains(d.Id) && d.TownshipId == township.Id)
            .Select(d => new DeputyFacts(d.Id, d.Name, d.Status, d.StatusSince)).ToDictionaryAsync(d => d.Id, ct);
        var categoryIds = inputs.Select(i => i.CategoryId).OfType<Guid>().Distinct().ToList();
        var categories = categoryIds.Count == 0 ? [] : (await db.SuggestionCategories
            .Where(c => categoryIds.Contains(c.Id) && c.CountyId == township.CountyId).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var sessionIds = inputs.Select(i => i.SessionId).OfType<Guid>().Distinct().ToList();
        var sessions = sessionIds.Count == 0 ? [] : (await db.Sessions
            .Where(s => sessionIds.Contains(s.Id) && s.TownshipId == township.Id).Select(s => s.Id).ToListAsync(ct)).ToHashSet();
        return new KnownFacts(deputies, categories, sessions);
    }

    /// <summary>Checks the input; returns the signers (lead first) with their names.</summary>
    private async Task<List<SignerName>> ValidateAsync(Township township, SuggestionInput input, List<ValidationError> errors, CancellationToken ct)
    {
        Normalize(input);
        return Validate(input, await KnownFactsAsync(township, [input], ct), errors);
    }

    private static void Normalize(SuggestionInput input)
    {
        input.Title = (input.Title ?? "").Trim();
        input.Text = (input.Text ?? "").Trim();
        input.SourceNote ??= "";
    }

    private List<SignerName> Validate(SuggestionInput input, KnownFacts known, List<ValidationError> errors)
    {
        if (input.Title.Length == 0) errors.Add(new("Title", ModelText.Suggestion_TitleRequired));
        if (input.Text.Length == 0) errors.Add(new("Text", ModelText.Suggestion_TextRequired));
        // Lengths, control characters and the kind and source values: as the stored item allows.
        errors.AddRange(db.Model.CheckInput(typeof(Suggestion), input));
        if (input.SubmittedOn > Today) errors.Add(new("SubmittedOn", ModelText.Suggestion_DateInFuture));
        if (input.FromPresidium && input.Kind != SuggestionKind.Motion) errors.Add(new("FromPresidium", ModelText.Suggestion_OnlyMotionsByPresidium));

        var ids = new List<Guid>();
        if (input.LeadDeputyId is { } lead) ids.Add(lead);
        else if (!input.FromPresidium) errors.Add(new("LeadDeputyId", ModelText.Suggestion_LeadRequired));
        ids.AddRange((input.CoSignerIds ?? []).Distinct().Where(id => id != input.LeadDeputyId));
        foreach (var id in ids)
        {
            var field = id == input.LeadDeputyId ? "LeadDeputyId" : "CoSignerIds";
            if (!known.Deputies.TryGetValue(id, out var d)) errors.Add(new(field, ModelText.Suggestion_DeputyOfOtherTownship));
            else if (d.Status != DeputyStatus.InOffice && d.StatusSince <= input.SubmittedOn)
                errors.Add(new(field, string.Format(ModelText.Suggestion_SignerNotInOffice, d.Name)));
        }
        if (input.Kind == SuggestionKind.Motion && !input.FromPresidium && ids.Count < SuggestionRules.MotionMinimumSigners)
            errors.Add(new("CoSignerIds", string.Format(ModelText.Suggestion_MotionTooFewSigners, SuggestionRules.MotionMinimumSigners, ids.Count)));
        if (input.CategoryId is { } category && !known.Categories.Contains(category)) errors.Add(new("CategoryId", ModelText.Suggestion_CategoryUnknown));
        if (input.SessionId is { } session && !known.Sessions.Contains(session)) errors.Add(new("SessionId", ModelText.Suggestion_SessionOfOtherTownship));
        return ids.Where(known.Deputies.ContainsKey).Select(id => new SignerName(id, known.Deputies[id].Name)).ToList();
    }

    private static void Apply(Suggestion item, SuggestionInput input, List<SignerName> signers)
    {
        item.Kind = input.Kind;
        item.SetContent(input.Title, input.Text);
        item.LeadDeputyId = input.LeadDeputyId;
        item.LeadDeputyName = input.LeadDeputyId is { } lead ? signers.First(s => s.Id == lead).Name : "";
        item.FromPresidium = input.FromPresidium;
        item.CategoryId = input.CategoryId;
        item.SessionId = input.SessionId;
        item.SubmittedOn = input.SubmittedOn;
        item.Source = input.Source;
        item.SourceNote = (input.SourceNote ?? "").Trim();
        item.IsComplex = input.IsComplex;
        item.Signers.AddRange(signers.Select((s, i) => new SuggestionSigner
        {
            TownshipId = item.TownshipId, SuggestionId = item.Id, DeputyId = s.Id, DeputyName = s.Name,
            IsLead = s.Id == input.LeadDeputyId, SortOrder = i,
        }));
    }

    /// <summary>
    /// 并案办理: the raw items become one merged item, handled once and answered to each source's
    /// deputies (they all become its signers). The sources keep a link and show its progress.
    /// </summary>
    public async Task<Suggestion> MergeAsync(Guid townshipId, MergeInput input, CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        var on = input.OnDate ?? Today;
        var ids = input.SourceIds.Distinct().ToList();
        var sources = await db.Suggestions.Include(s => s.Signers).Where(s => ids.Contains(s.Id) && s.TownshipId == townshipId).ToListAsync(ct);
        var errors = new List<ValidationError>();
        if (ids.Count < 2) errors.Add(new("SourceIds", ModelText.Merge_TwoOrMore));
        if (sources.Count != ids.Count) errors.Add(new("SourceIds", ModelText.Merge_ItemUnknown));
        foreach (var s in sources.Where(s => !SuggestionWorkflow.MayMerge(s.State, s.MergedSourceCount)))
            errors.Add(new("SourceIds", $"{s.Number}{SuggestionLabels.Of(s.State)}，不能并案（只有尚未交办的原件可以并案）。")); // Chinese by design: stored timeline and notification text
        if (on > Today) errors.Add(new("OnDate", ModelText.Suggestion_StepDateInFuture));
        DomainValidationException.ThrowIfAny(errors);

        var ordered = sources.OrderBy(s => s.Year).ThenBy(s => s.Sequence).ToList();
        var signerIds = ordered.SelectMany(s => s.Signers.OrderBy(x => !x.IsLead).ThenBy(x => x.SortOrder)).Select(x => x.DeputyId).Distinct().ToList();
        var sessions = ordered.Select(s => s.SessionId).Distinct().ToList();
        var merged = new SuggestionInput
        {
            Kind = SuggestionKind.Suggestion,
            Title = string.IsNullOrWhiteSpace(input.Title) ? ordered[0].Title : input.Title,
            Text = string.IsNullOrWhiteSpace(input.Text) ? string.Join("\n\n", ordered.Select(s => $"【{s.Number}】{s.Text}")) : input.Text, // Chinese by design: stored timeline and notification text
            LeadDeputyId = ordered.First(s => s.LeadDeputyId is not null).LeadDeputyId,
            CoSignerIds = signerIds,
            CategoryId = input.CategoryId ?? ordered[0].CategoryId,
            SessionId = sessions.Count == 1 ? sessions[0] : null,
            SubmittedOn = on,
            Source = ordered[0].Source,
            SourceNote = $"由{string.Join("、", ordered.Select(s => s.Number))}并案", // Chinese by design: stored timeline and notification text
        };
        var item = await CreateUnsavedAsync(townshipId, merged, ct);
        item.MergedSourceCount = ordered.Count;
        item.State = SuggestionState.Registered;
        foreach (var source in ordered)
        {
            db.EditingVersion(source, source.Version);
            var from = source.State;
            source.State = SuggestionState.Merged;
            source.MergedIntoId = item.Id;
            AddEvent(source, SuggestionAction.Merge, from, on, "并入并案件办理", ""); // Chinese by design: stored timeline and notification text
        }
        AddEvent(item, SuggestionAction.Merge, SuggestionState.Submitted, on, $"由{ordered.Count}件原件并案：{string.Join("、", ordered.Select(s => s.Number))}", ""); // Chinese by design: stored timeline and notification text
        await SaveNumberedAsync(item, ct);
        foreach (var source in ordered)
        {
            // The sources' events name the merged item's number, known only now.
            var e = db.ChangeTracker.Entries<SuggestionEvent>().Select(x => x.Entity).Last(x => x.SuggestionId == source.Id);
            e.Summary = $"并入{item.Number}办理"; // Chinese by design: stored timeline and notification text
        }
        await db.SaveChangesAsync(ct);
        return item;
    }

    private async Task<Suggestion> CreateUnsavedAsync(Guid townshipId, SuggestionInput input, CancellationToken ct)
    {
        var item = await NewItemAsync(townshipId, input, ct);
        AddEvent(item, SuggestionAction.Submit, SuggestionState.Submitted, input.SubmittedOn, "并案件生成", ""); // Chinese by design: stored timeline and notification text
        return item;
    }

    /// <summary>A new item, checked and added to the context but not saved: created or merged, it is numbered on save.</summary>
    private async Task<Suggestion> NewItemAsync(Guid townshipId, SuggestionInput input, CancellationToken ct)
    {
        var township = await db.FindTownshipAsync(townshipId, ct);
        var errors = new List<ValidationError>();
        var signers = await ValidateAsync(township, input, errors, ct);
        DomainValidationException.ThrowIfAny(errors);
        var item = new Suggestion { TownshipId = townshipId, Year = input.SubmittedOn.Year };
        Apply(item, input, signers);
        db.Add(item);
        return item;
    }
}
