using System.Runtime.InteropServices;
using System.Text;

namespace Township.Congress.Formatting;

/// <summary>
/// Full pinyin of Chinese text (张三 → zhang san) through ICU's "Han-Latin" transliterator, the
/// ICU .NET already uses for globalization on Linux. .NET exposes no transliterator, so it is
/// called directly; ICU suffixes its symbols with its major version (utrans_openU_72), found by
/// probing the installed library at first use. Where no ICU is found, <see cref="IsAvailable"/>
/// is false and <see cref="ToAscii"/> returns null: search then goes without full pinyin.
/// </summary>
public static class HanLatin
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate IntPtr OpenU(string id, int idLength, int direction, IntPtr rules, int rulesLength, IntPtr parseError, ref int status);

    // CharSet.Unicode: ICU's UChar is UTF-16, and char[] would otherwise be marshalled as ANSI bytes.
    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate void TransUChars(IntPtr trans, [In, Out] char[] text, ref int textLength, int capacity, int start, ref int limit, ref int status);

    private const string Id = "Han-Latin; Latin-ASCII; Lower";
    private static readonly Lazy<Native?> Instance = new(Load);

    public static bool IsAvailable => Instance.Value is not null;

    /// <summary>Lower-case pinyin without tone marks, syllables separated by spaces; null without ICU.</summary>
    public static string? ToAscii(string text)
    {
        if (Instance.Value is not { } icu) return null;
        if (text.Length == 0) return "";
        var capacity = text.Length * 8 + 16; // a Han character becomes at most 6 letters and a space
        var buffer = new char[capacity];
        text.CopyTo(0, buffer, 0, text.Length);
        int length = text.Length, limit = text.Length, status = 0;
        // One transliterator serves every caller; ICU transliterators are not safe to share across threads.
        lock (icu) icu.Trans(icu.Handle, buffer, ref length, capacity, 0, ref limit, ref status);
        return status > 0 ? null : new string(buffer, 0, length);
    }

    private sealed record Native(IntPtr Handle, TransUChars Trans);

    private static Native? Load()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return null;
        for (var version = 99; version >= 50; version--)
        {
            var names = OperatingSystem.IsLinux() ? new[] { $"libicui18n.so.{version}" } : [$"libicui18n.{version}.dylib"];
            foreach (var name in names)
            {
                if (!NativeLibrary.TryLoad(name, out var lib)) continue;
                if ((Bind(lib, $"_{version}") ?? Bind(lib, "")) is { } bound) return bound;
            }
        }
        return null;
    }

    private static Native? Bind(IntPtr lib, string suffix)
    {
        if (!NativeLibrary.TryGetExport(lib, "utrans_openU" + suffix, out var open) ||
            !NativeLibrary.TryGetExport(lib, "utrans_transUChars" + suffix, out var trans)) return null;
        var openU = Marshal.GetDelegateForFunctionPointer<OpenU>(open);
        var parseError = Marshal.AllocHGlobal(128); // UParseError: two ints and two 16-character contexts
        try
        {
            var status = 0;
            var handle = openU(Id, Id.Length, 0, IntPtr.Zero, 0, parseError, ref status);
            return status > 0 || handle == IntPtr.Zero ? null : new Native(handle, Marshal.GetDelegateForFunctionPointer<TransUChars>(trans));
        }
        finally
        {
            Marshal.FreeHGlobal(parseError);
        }
    }
}
