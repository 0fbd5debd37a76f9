using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.LiaisonStations;

/// <summary>What the liaison-station page edits: the station's details and its 九有 checklist.</summary>
public sealed class StationInput
{
    public string Name { get; set; } = "";
    public bool IsDeputyHome { get; set; } = true;
    public string Venue { get; set; } = "";
    public string OpeningHours { get; set; } = "";
    public string DutyRoster { get; set; } = "";
    public Dictionary<NineHas, (bool Met, string Note)> Checklist { get; set; } = [];
}

public sealed class LiaisonStationService(CongressDbContext db)
{
    public Task<List<LiaisonStation>> ListAsync(Guid townshipId, CancellationToken ct = default) =>
        db.LiaisonStations.AsNoTracking().Include(s => s.Checklist).Where(s => s.TownshipId == townshipId).OrderBy(s => s.Name).ToListAsync(ct);

    /// <summary>Creates (id null) or updates a station; every checklist item is kept, one row each.</summary>
    public async Task<LiaisonStation> SaveAsync(Guid townshipId, Guid? id, StationInput input, long version, CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        var errors = new List<ValidationError>();
        input.Name = input.Name.Trim();
        if (input.Name.Length == 0) errors.Add(new(nameof(input.Name), ModelText.Station_NameRequired));
        if (input.Venue.Trim().Length == 0) errors.Add(new(nameof(input.Venue), ModelText.Station_VenueRequired));
        if (input.Checklist.Values.Any(v => v.Note.Length > 500)) errors.Add(new("Checklist", ModelText.Station_NoteTooLong));
        DomainValidationException.ThrowIfAny(errors);

        LiaisonStation station;
        if (id is { } existing)
        {
            station = await db.FindVisibleAsync<LiaisonStation>(existing, ct);
            await db.Entry(station).Collection(s => s.Checklist).LoadAsync(ct);
            db.EditingVersion(station, version);
        }
        else
        {
            station = new LiaisonStation { TownshipId = townshipId, Name = input.Name };
            db.LiaisonStations.Add(station);
        }
        station.Name = input.Name;
        station.IsDeputyHome = input.IsDeputyHome;
        station.Venue = input.Venue.Trim();
        station.OpeningHours = input.OpeningHours.Trim();
        station.DutyRoster = input.DutyRoster.Trim();
        foreach (var item in Enum.GetValues<NineHas>())
        {
            var (met, note) = input.Checklist.GetValueOrDefault(item, (false, ""));
            var row = station.Checklist.FirstOrDefault(c => c.Item == item);
            if (row is null)
            {
                row = new ChecklistItem { TownshipId = townshipId, StationId = station.Id, Item = item };
                station.Checklist.Add(row);
            }
            row.Met = met;
            row.Note = note.Trim();
        }
        await db.SaveChangesAsync(ct);
        return station;
    }
}
