using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Files;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Suggestions;

public sealed record SuggestionImportResult(int Created, IReadOnlyList<string> Numbers, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports raw items gathered from constituents (一张收集表) as suggestions, all or nothing like
/// the roster import: every bad row is reported with its Excel row number, column and a reason in
/// Chinese, and then nothing is written. A good sheet becomes items through
/// <see cref="SuggestionService.CreateManyAsync"/>: checked by the same rules, numbered and
/// recorded like items typed in one by one, and written in one save, so a failure leaves nothing
/// behind and the database is locked only for the insert, whatever the sheet's length. A row that
/// repeats an earlier row, or an item the township already has (same title and text), is an error:
/// importing the same sheet twice must not double the items.
/// </summary>
public sealed class SuggestionImport(CongressDbContext db, WorkCalendar calendar)
{
    /// <summary>Column headers of the sheet: the template and the import share them.</summary>
    public static class Columns
    {
        #region Chinese by design: the Chinese collection sheet (headers, example row, name separators)
        public const string Title = "标题";
        public const string Text = "内容";
        public const string Category = "分类";
        public const string LeadDeputy = "领衔代表";
        public const string CoSigners = "附议代表";
        public const string Source = "来源";
        public const string SourceNote = "来源说明";
        public const string SubmittedOn = "提出日期";
        #endregion

        public static readonly string[] All = [Title, Text, Category, LeadDeputy, CoSigners, Source, SourceNote, SubmittedOn];
    }

    /// <summary>How co-signers' names may be separated in one cell.</summary>
    private static readonly char[] NameSeparators = ['、', '，', ',', '；', ';', '\n']; // Chinese by design: the separators people type between Chinese names

    private const int MaxErrors = 1000;

    /// <summary>The empty sheet with its headers and one example row to overwrite.</summary>
    public static byte[] Template()
    {
        var example = new Dictionary<string, object?>
        {
            #region Chinese by design: the Chinese collection sheet (headers, example row, name separators)
            [Columns.Title] = "关于修复新民村三组灌溉水渠的建议",
            [Columns.Text] = "新民村三组灌溉水渠多处破损渗漏，春灌用水困难，群众希望尽快修复。",
            [Columns.Category] = "农田水利",
            [Columns.LeadDeputy] = "张三",
            [Columns.CoSigners] = "李四、王五",
            [Columns.Source] = "联系选民",
            [Columns.SourceNote] = "3月代表接待日，新民村村民反映",
            #endregion
            [Columns.SubmittedOn] = "2026-03-10",
        };
        return SpreadsheetFile.Write(new SheetContent("建议收集表", [example.Keys.ToList<object?>(), example.Values.ToList()])); // Chinese by design: the Chinese collection sheet
    }

    public async Task<SuggestionImportResult> ImportAsync(Guid townshipId, Stream xlsx, CancellationToken ct = default)
    {
        var township = await db.FindTownshipAsync(townshipId, ct);
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = SheetReader.Read(xlsx);
        }
        // Whatever the reader throws on a file that is no sheet, it is the file's fault, not ours.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed([new ImportError(0, "", ModelText.SuggestionImport_FileUnreadable)]);
        }

        var today = ChineseDate.TodayInChina(db.Clock);
        var deputies = (await db.Deputies.AsNoTracking().Where(d => d.TownshipId == townshipId)
            .Select(d => new Candidate(d.Id, d.Name, d.Status, d.StatusSince)).ToListAsync(ct))
            .ToLookup(d => NormalizeName(d.Name));
        var categories = (await db.CategoriesAsync(township.CountyId, ct)).ToDictionary(c => c.Name.Trim(), c => c.Id);

        var errors = new List<ImportError>();
        if (rows.Count > 0 && !(rows[0].ContainsKey(Columns.Title) && rows[0].ContainsKey(Columns.Text)))
            errors.Add(new ImportError(1, Columns.Title, ModelText.SuggestionImport_ColumnsMissing));
        var seen = new Dictionary<string, int>();
        var parsed = new List<(int Row, SuggestionInput Input)>();
        for (var i = 0; i < rows.Count && errors.Count < MaxErrors; i++)
        {
            var rowNumber = i + 2; // Excel row: the header is row 1
            var row = new SheetRow(rows[i], rowNumber, errors, "2026-03-10");
            if (row.IsBlank) continue;
            var input = Parse(db.Model, row, deputies, categories, today);
            var key = $"{input.Title}\u0001{input.Text}";
            if (input.Title.Length > 0 && seen.TryGetValue(key, out var first))
                row.Error(Columns.Title, string.Format(ModelText.SuggestionImport_RepeatsRow, first));
            else seen.TryAdd(key, rowNumber);
            parsed.Add((rowNumber, input));
        }
        // The same sheet imported twice would give every item twice: an item already recorded is an error too.
        var titles = parsed.Select(p => p.Input.Title).Where(t => t.Length > 0).Distinct().ToList();
        var recorded = (await db.Suggestions.AsNoTracking().Where(s => s.TownshipId == townshipId && titles.Contains(s.Title))
            .Select(s => new { s.Title, s.Text, s.Year, s.Sequence }).ToListAsync(ct))
            .GroupBy(s => $"{s.Title}\u0001{s.Text}").ToDictionary(g => g.Key, g => Suggestion.FormatNumber(g.First().Year, g.First().Sequence));
        foreach (var (rowNumber, input) in parsed)
        {
            if (recorded.TryGetValue($"{input.Title}\u0001{input.Text}", out var number))
                errors.Add(new ImportError(rowNumber, Columns.Title, string.Format(ModelText.SuggestionImport_AlreadyRegistered, number)));
        }
        if (errors.Count > 0) return Failed(errors.OrderBy(e => e.Row).ToList());
        if (parsed.Count == 0) return Failed([new ImportError(0, "", ModelText.SuggestionImport_NoRows)]);

        // All or nothing in one save, with the write lock held only for the insert itself.
        var created = await new SuggestionService(db, calendar).CreateManyAsync(townshipId, parsed.Select(p => p.Input).ToList(), ct);
        if (created.Errors.Count > 0)
        {
            // A rule checked only by the service: reported on its row, so every bad row is named.
            return Failed(created.Errors.Select(e => new ImportError(parsed[e.Index].Row, ColumnOf(e.Error.Field), e.Error.Message)).ToList());
        }
        var numbers = created.Items.Select(i => i.Number).ToList();
        return new SuggestionImportResult(numbers.Count, numbers, []);
    }

    private static SuggestionImportResult Failed(List<ImportError> errors) => new(0, [], errors);

    private sealed record Candidate(Guid Id, string Name, DeputyStatus Status, DateOnly StatusSince)
    {
        /// <summary>What the service accepts as a signer on that day.</summary>
        public bool InOfficeOn(DateOnly day) => Status == DeputyStatus.InOffice || StatusSince > day;
    }

    private static SuggestionInput Parse(Microsoft.EntityFrameworkCore.Metadata.IModel model, SheetRow row, ILookup<string, Candidate> deputies, Dictionary<string, Guid> categories, DateOnly today)
    {
        var input = new SuggestionInput
        {
            Kind = SuggestionKind.Suggestion,
            Title = row.Text(Columns.Title),
            Text = row.Text(Columns.Text),
            SourceNote = row.Text(Columns.SourceNote),
        };
        if (input.Title.Length == 0) row.Error(Columns.Title, ModelText.Suggestion_TitleRequired);
        if (input.Text.Length == 0) row.Error(Columns.Text, ModelText.Suggestion_TextRequired);
        foreach (var e in model.CheckInput(typeof(Suggestion), input)) row.Error(ColumnOf(e.Field), e.Message);

        var date = row.Date(Columns.SubmittedOn);
        if (date is { } d)
        {
            if (d > today) row.Error(Columns.SubmittedOn, string.Format(ModelText.SuggestionImport_DateInFuture, d));
            input.SubmittedOn = d;
        }
        else if (!row.HasError(Columns.SubmittedOn)) row.Error(Columns.SubmittedOn, ModelText.SuggestionImport_DateRequired);
        var onDay = date ?? today;

        var category = row.Text(Columns.Category);
        if (category.Length > 0)
        {
            if (categories.TryGetValue(category, out var c)) input.CategoryId = c;
            else row.Error(Columns.Category, string.Format(ModelText.SuggestionImport_CategoryUnknown, category, string.Join(ModelText.List_Separator, categories.Keys)));
        }

        var source = row.Text(Columns.Source);
        if (source.Length == 0) input.Source = SuggestionSource.ConstituentContact;
        else if (Enum.GetValues<SuggestionSource>().Where(s => SuggestionLabels.Of(s) == source).Cast<SuggestionSource?>().FirstOrDefault() is { } known)
            input.Source = known;
        else row.Error(Columns.Source, string.Format(ModelText.SuggestionImport_SourceUnknown, source));

        var lead = row.Text(Columns.LeadDeputy);
        if (lead.Length == 0) row.Error(Columns.LeadDeputy, ModelText.SuggestionImport_LeadRequired);
        else input.LeadDeputyId = Resolve(row, Columns.LeadDeputy, lead, deputies, onDay);
        foreach (var name in row.Text(Columns.CoSigners).Split(NameSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (NormalizeName(name) == NormalizeName(lead)) continue;
            if (Resolve(row, Columns.CoSigners, name, deputies, onDay) is { } id && !input.CoSignerIds.Contains(id)) input.CoSignerIds.Add(id);
        }
        return input;
    }

    /// <summary>A deputy of the township by name: unknown, not in office on the day, or two of that name are errors.</summary>
    private static Guid? Resolve(SheetRow row, string column, string name, ILookup<string, Candidate> deputies, DateOnly day)
    {
        var all = deputies[NormalizeName(name)].ToList();
        if (all.Count == 0)
        {
            row.Error(column, string.Format(ModelText.SuggestionImport_DeputyUnknown, name));
            return null;
        }
        var eligible = all.Where(d => d.InOfficeOn(day)).ToList();
        switch (eligible.Count)
        {
            case 0:
                row.Error(column, string.Format(ModelText.Suggestion_SignerNotInOffice, name));
                return null;
            case 1:
                return eligible[0].Id;
            default:
                row.Error(column, string.Format(ModelText.SuggestionImport_DeputyAmbiguous, eligible.Count, name));
                return null;
        }
    }

    /// <summary>Names compared without spaces (some sheets pad two-character names: "王　五").</summary>
    private static string NormalizeName(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c)));

    private static string ColumnOf(string field) => field switch
    {
        nameof(SuggestionInput.Title) => Columns.Title,
        nameof(SuggestionInput.Text) => Columns.Text,
        nameof(SuggestionInput.CategoryId) => Columns.Category,
        nameof(SuggestionInput.LeadDeputyId) => Columns.LeadDeputy,
        nameof(SuggestionInput.CoSignerIds) => Columns.CoSigners,
        nameof(SuggestionInput.SubmittedOn) => Columns.SubmittedOn,
        nameof(SuggestionInput.SourceNote) => Columns.SourceNote,
        nameof(SuggestionInput.Source) => Columns.Source,
        _ => field,
    };
}
