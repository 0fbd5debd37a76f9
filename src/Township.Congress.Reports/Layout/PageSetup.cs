namespace Township.Congress.Reports.Layout;

/// <summary>
/// Paper and type area, in PDF points. <see cref="Gbt9704"/> is the official-document page of
/// GB/T 9704-2012; <see cref="WideTable"/> is an A4 landscape page for many-column tables such as
/// rosters, which the standard portrait type area (156 mm) cannot hold legibly.
/// </summary>
public sealed record PageSetup(double WidthMm, double HeightMm, double TopMm, double BottomMm, double LeftMm, double RightMm)
{
    public const double PointsPerMillimeter = 72.0 / 25.4;

    /// <summary>The standard asks for 22 lines on its 225 mm high type area.</summary>
    public const int LinesPerPage = 22;

    /// <summary>The standard asks for 28 characters of 三号 on each line of its 156 mm wide type area.</summary>
    public const int CharactersPerLine = 28;

    /// <summary>A4 portrait; margins top 37, bottom 35, left 28, right 26 mm.</summary>
    public static readonly PageSetup Gbt9704 = new(210, 297, 37, 35, 28, 26);

    /// <summary>A4 landscape keeping the binding margins left and right; top and bottom narrowed for table rows.</summary>
    public static readonly PageSetup WideTable = new(297, 210, 25, 25, 28, 26);

    /// <summary>
    /// Grid pitch of the GB/T page (≈29 pt), used on every page setup so text looks the same on
    /// landscape table pages as in the body of a report.
    /// </summary>
    public static readonly double LinePitch = Mm(Gbt9704.HeightMm - Gbt9704.TopMm - Gbt9704.BottomMm) / LinesPerPage;

    /// <summary>
    /// Character pitch of the GB/T grid (156 mm / 28 ≈ 15.8 pt): 三号 characters (16 pt) are set this close, as
    /// word processors do for the official-document grid, so a full line holds 28 of them, not 27.
    /// </summary>
    public static readonly double CharacterPitch = Mm(Gbt9704.WidthMm - Gbt9704.LeftMm - Gbt9704.RightMm) / CharactersPerLine;

    /// <summary>
    /// Extra space after each character of running text of <paramref name="size"/> points: negative for 三号
    /// so it sits on the 28-character grid; other sizes (titles, tables) keep their natural spacing.
    /// </summary>
    public static double Tracking(double size) => Math.Abs(size - 16) < 0.01 && CharacterPitch < size ? CharacterPitch - size : 0;

    public double PageWidth => Mm(WidthMm);

    public double PageHeight => Mm(HeightMm);

    public double LeftMargin => Mm(LeftMm);

    public double RightMargin => Mm(RightMm);

    public double BodyTop => Mm(TopMm);

    public double BodyBottom => Mm(HeightMm - BottomMm);

    public double BodyWidth => Mm(WidthMm - LeftMm - RightMm);

    /// <summary>The page number sits 7 mm below the type area.</summary>
    public double PageNumberTop => BodyBottom + Mm(7);

    public static double Mm(double millimeters) => millimeters * PointsPerMillimeter;
}
