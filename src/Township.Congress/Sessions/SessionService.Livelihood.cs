using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Sessions;

/// <summary>
/// 民生实事项目票决: the session's candidate projects, kept in ballot order and changeable until the
/// vote is recorded; then the counts of all of them at once, and which are chosen by <see cref="SessionRules.ProjectResults"/>.
/// </summary>
public sealed partial class SessionService
{
    /// <summary>Largest estimated budget accepted, in 万元: anything above is a unit mistake (yuan typed as 万元).</summary>
    public const decimal MaxBudget = 10_000_000m;

    public async Task<LivelihoodCandidate> AddLivelihoodCandidateAsync(Guid sessionId, LivelihoodCandidateInput input, CancellationToken ct = default)
    {
        var session = await SessionForAsync(sessionId, SessionAction.ChangeProjects, ct);
        var errors = await ValidateCandidateAsync(sessionId, null, input, ct);
        DomainValidationException.ThrowIfAny(errors);
        var order = 1 + (await db.Set<LivelihoodCandidate>().Where(c => c.SessionId == sessionId).MaxAsync(c => (int?)c.Order, ct) ?? 0);
        var candidate = new LivelihoodCandidate { TownshipId = session.TownshipId, SessionId = sessionId, Order = order, Name = "" };
        Apply(candidate, input);
        db.Add(candidate);
        await db.SaveChangesAsync(ct);
        return candidate;
    }

    public async Task<LivelihoodCandidate> UpdateLivelihoodCandidateAsync(Guid candidateId, LivelihoodCandidateInput input, long version, CancellationToken ct = default)
    {
        var candidate = await db.FindVisibleAsync<LivelihoodCandidate>(candidateId, ct);
        await SessionForAsync(candidate.SessionId, SessionAction.ChangeProjects, ct);
        DomainValidationException.ThrowIfAny(await ValidateCandidateAsync(candidate.SessionId, candidateId, input, ct));
        db.EditingVersion(candidate, version);
        Apply(candidate, input);
        await db.SaveChangesAsync(ct);
        return candidate;
    }

    /// <summary>Takes a candidate off the list; those after it move up.</summary>
    public async Task RemoveLivelihoodCandidateAsync(Guid candidateId, long version, CancellationToken ct = default)
    {
        var candidate = await db.FindVisibleAsync<LivelihoodCandidate>(candidateId, ct);
        await SessionForAsync(candidate.SessionId, SessionAction.ChangeProjects, ct);
        db.EditingVersion(candidate, version);
        db.Remove(candidate);
        foreach (var later in await db.Set<LivelihoodCandidate>().Where(c => c.SessionId == candidate.SessionId && c.Order > candidate.Order).ToListAsync(ct))
            later.Order--;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Puts the candidates in ballot order; <paramref name="order"/> must name each of the session's candidates once.</summary>
    public async Task ReorderLivelihoodCandidatesAsync(Guid sessionId, IReadOnlyList<Guid> order, CancellationToken ct = default)
    {
        await SessionForAsync(sessionId, SessionAction.ChangeProjects, ct);
        var candidates = await db.Set<LivelihoodCandidate>().Where(c => c.SessionId == sessionId).ToDictionaryAsync(c => c.Id, ct);
        if (order.Count != candidates.Count || order.Distinct().Count() != order.Count || order.Any(id => !candidates.ContainsKey(id)))
            throw new DomainValidationException([new("Order", ModelText.Livelihood_OrderIncomplete)]);
        for (var i = 0; i < order.Count; i++) candidates[order[i]].Order = i + 1;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Fixes how many projects are to be chosen (null: every project with a majority of all deputies).</summary>
    public async Task<CongressSession> SetLivelihoodSeatsAsync(Guid sessionId, int? seats, long version, CancellationToken ct = default)
    {
        var session = await SessionForAsync(sessionId, SessionAction.ChangeProjects, ct);
        if (seats is < 1 or > 100) throw new DomainValidationException([new("Seats", ModelText.Livelihood_SeatsRange)]);
        db.EditingVersion(session, version);
        session.LivelihoodSeats = seats;
        await db.SaveChangesAsync(ct);
        return session;
    }

    /// <summary>
    /// Records the vote on every candidate at once: counts within those present, the chosen by the
    /// majority of all deputies and the seats. May be corrected while the session is open; not once it is closed.
    /// </summary>
    public async Task<IReadOnlyList<LivelihoodCandidate>> RecordLivelihoodVotesAsync(Guid sessionId, IReadOnlyList<LivelihoodCountsInput> counts,
        CancellationToken ct = default)
    {
        var session = await SessionForAsync(sessionId, SessionAction.VoteProjects, ct);
        var candidates = await db.Set<LivelihoodCandidate>().Where(c => c.SessionId == sessionId).OrderBy(c => c.Order).ToListAsync(ct);
        if (candidates.Count == 0) throw new DomainValidationException([new("Candidates", ModelText.Livelihood_NoCandidates)]);
        var byId = counts.GroupBy(c => c.CandidateId).ToDictionary(g => g.Key, g => g.ToList());
        var errors = new List<ValidationError>();
        if (candidates.Any(c => !byId.TryGetValue(c.Id, out var rows) || rows.Count != 1))
            errors.Add(new("Counts", ModelText.Livelihood_VotesPerProject));
        if (byId.Keys.Any(id => candidates.All(c => c.Id != id)))
            errors.Add(new("Counts", ModelText.Livelihood_ProjectOfOtherSession));
        DomainValidationException.ThrowIfAny(errors);

        var summary = await SummaryAsync(sessionId, ct);
        var rows = candidates.Select(c => byId[c.Id][0]).ToList();
        var chosen = SessionRules.ProjectResults(candidates.Select((c, i) => (c.Name, rows[i].For, rows[i].Against, rows[i].Abstain)).ToList(),
            session.LivelihoodSeats, summary.Present, summary.InOffice, errors);
        DomainValidationException.ThrowIfAny(errors);
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            (c.For, c.Against, c.Abstain) = (rows[i].For, rows[i].Against, rows[i].Abstain);
            (c.DeputiesInOffice, c.Present, c.Chosen) = (summary.InOffice, summary.Present, chosen.Contains(i));
        }
        await db.SaveChangesAsync(ct);
        return candidates;
    }

    private async Task<List<ValidationError>> ValidateCandidateAsync(Guid sessionId, Guid? candidateId, LivelihoodCandidateInput input, CancellationToken ct)
    {
        var errors = new List<ValidationError>();
        var name = input.Name.Trim();
        if (name.Length == 0) errors.Add(new("Name", ModelText.Livelihood_NameRequired));
        else if (name.Length > 200) errors.Add(new("Name", ModelText.Livelihood_NameTooLong));
        else if (await db.Set<LivelihoodCandidate>().AnyAsync(c => c.SessionId == sessionId && c.Name == name && c.Id != candidateId, ct))
            errors.Add(new("Name", string.Format(ModelText.Livelihood_NameTaken, name)));
        if (input.Description.Trim().Length > 2000) errors.Add(new("Description", ModelText.Livelihood_DescriptionTooLong));
        if (input.OwnerUnit.Trim().Length > 128) errors.Add(new("OwnerUnit", ModelText.Livelihood_ResponsibleTooLong));
        if (input.EstimatedBudget < 0) errors.Add(new("EstimatedBudget", ModelText.Livelihood_InvestmentNegative));
        if (input.EstimatedBudget >= MaxBudget) errors.Add(new("EstimatedBudget", ModelText.Livelihood_InvestmentImplausible));
        await CheckAgendaItemAsync(sessionId, input.AgendaItemId, errors, ct);
        return errors;
    }

    private static void Apply(LivelihoodCandidate candidate, LivelihoodCandidateInput input)
    {
        candidate.Name = input.Name.Trim();
        candidate.Description = input.Description.Trim();
        candidate.OwnerUnit = input.OwnerUnit.Trim();
        candidate.EstimatedBudget = input.EstimatedBudget is { } budget ? Math.Round(budget, 2, MidpointRounding.AwayFromZero) : null;
        candidate.AgendaItemId = input.AgendaItemId;
    }
}
