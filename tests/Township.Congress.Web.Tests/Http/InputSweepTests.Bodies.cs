using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The malformed requests of the sweep: JSON bodies, uploads, spreadsheets, and junk for routes that take no body.</summary>
public abstract partial class InputSweepTests<TFactory>
{
    private const string Huge = "1000000 characters";
    private static readonly string HugeText = new('长', 1_000_000);

    private static List<(string, Func<HttpRequestMessage>)> WriteRequests(Route route, Target target)
    {
        var (method, _) = Split(route.Key);
        var url = route.Url(target);
        HttpRequestMessage Send(HttpContent? content) => new(new HttpMethod(method), url) { Content = content };
        var list = new List<(string, Func<HttpRequestMessage>)>();
        void Raw(string label, string body, string type = "application/json") =>
            list.Add((label, () => Send(new StringContent(body, Encoding.UTF8, type))));

        // Whatever the route: bodies that are no JSON object at all.
        Raw("empty body", "");
        Raw("malformed JSON", "{\"a\":");
        Raw("array for object", "[]");
        Raw("string for object", "\"text\"");
        Raw("number for object", "123");
        Raw("null body", "null");
        Raw("deep nesting", new string('[', 200) + new string(']', 200));
        Raw("NUL byte", "{\"name\":\"a\u0000b\"}");
        list.Add(("invalid UTF-8", () => Send(new ByteArrayContent([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D])
            { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } })));
        Raw("form-encoded", "a=1&b=%00", "application/x-www-form-urlencoded");

        switch (route.Kind)
        {
            case Body.Json:
                JsonFields(route, target, list, Send);
                break;
            case Body.Upload:
            case Body.Sheet:
                Uploads(route.Kind, list, Send);
                break;
            default:
                // Routes that read no body: bad ids and query values instead.
                foreach (var q in new[] { "version=abc", "version=-1", "version=99999999999999999999", "answerId=bad", "version=", "version=1.5",
                    "version=%00", "answerId=%00", "version=0x10", "version=--1" })
                    list.Add((q, () => new HttpRequestMessage(new HttpMethod(method), url.Split('?')[0] + "?" + q)));
                list.Add(("bad id", () => new HttpRequestMessage(new HttpMethod(method),
                    string.Join('/', url.Split('/').Select(s => Guid.TryParse(s.Split('?')[0], out _) ? "not-a-guid" : s)))));
                break;
        }
        return list;
    }

    private static void JsonFields(Route route, Target target, List<(string, Func<HttpRequestMessage>)> list, Func<HttpContent?, HttpRequestMessage> send)
    {
        void Add(string label, Action<JsonObject> change)
        {
            list.Add((label, () =>
            {
                var body = route.Baseline!(target);
                change(body);
                return send(new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
            }));
        }
        Add("unknown field", b => b["zzUnknown"] = 1);
        Add("text/plain", _ => { });
        list[^1] = ("text/plain", () => send(new StringContent(route.Baseline!(target).ToJsonString(), Encoding.UTF8, "text/plain")));
        foreach (var path in Leaves(route.Baseline!(target)))
        {
            Add($"{path}: {Huge}", b => Set(b, path, HugeText));
            Add($"{path}: NUL", b => Set(b, path, "扫描\u0000值"));
            Add($"{path}: object", b => Set(b, path, new JsonObject { ["x"] = 1 }));
            var sample = Get(route.Baseline!(target), path);
            if (sample is JsonValue v && v.TryGetValue<string>(out _)) Add($"{path}: number for text", b => Set(b, path, 12345));
            else Add($"{path}: text for number", b => Set(b, path, "abc"));
        }
        foreach (var path in route.Enums ?? [])
        {
            Add($"{path}: 99", b => Set(b, path, 99));
            Add($"{path}: -1", b => Set(b, path, -1));
            Add($"{path}: \"99\"", b => Set(b, path, "99"));
            Add($"{path}: unknown name", b => Set(b, path, "NoSuchValue"));
            Add($"{path}: 1e20", b => Set(b, path, 1e20));
        }
        // Whole numbers a body of few fields lives by (a year, a version): negative, fractional, huge (never 0: a fresh record's version is 0).
        foreach (var path in route.Numbers ?? [])
        {
            Add($"{path}: -1", b => Set(b, path, -1));
            Add($"{path}: 1.5", b => Set(b, path, 1.5));
            Add($"{path}: 1e20", b => Set(b, path, 1e20));
            Add($"{path}: 2^31", b => Set(b, path, 2147483648L));
        }
        foreach (var path in route.Required ?? [])
        {
            Add($"{path}: null", b => Set(b, path, null));
            Add($"{path}: missing", b => Remove(b, path));
        }
    }

    private static void Uploads(Body kind, List<(string, Func<HttpRequestMessage>)> list, Func<HttpContent?, HttpRequestMessage> send)
    {
        void Form(string label, Func<MultipartFormDataContent> form) => list.Add((label, () => send(form())));
        MultipartFormDataContent File(byte[] bytes, string name, string field = "file", string type = "application/octet-stream")
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(type);
            var form = new MultipartFormDataContent();
            form.Add(content, field, name);
            return form;
        }
        var pdf = "%PDF-1.4\n%扫描\n"u8.ToArray();
        Form("no file", () => new MultipartFormDataContent { { new StringContent("x"), "other" } });
        Form("wrong field name", () => File(pdf, "a.pdf", "document"));
        Form("empty file", () => File([], "a.xlsx"));
        Form("garbage bytes", () => File(Encoding.UTF8.GetBytes(new string('z', 5000)), "a.xlsx"));
        Form("zip that is no sheet", () => File([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6], "a.xlsx"));
        Form("dot for a file name", () => File(pdf, "."));
        list.Add(("broken multipart", () => send(new StringContent("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\nabc",
            Encoding.UTF8, "multipart/form-data"))));
        list.Add(("multipart without boundary", () =>
        {
            var content = new StringContent("--x\r\n\r\n--x--", Encoding.UTF8);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
            return send(content);
        }));
        if (kind == Body.Upload)
        {
            // A well-formed file would be stored: only the name or the content is wrong.
            Form("NUL in file name", () => File(pdf, "扫\u0000描.pdf"));
            Form("file name of 1000 characters", () => File(pdf, new string('名', 1000) + ".pdf"));
            Form("line break in file name", () => File(pdf, "扫描\r\n.pdf"));
            Form("pdf named .exe", () => File(pdf, "扫描.exe"));
            Form("text named .pdf", () => File("plain text"u8.ToArray(), "扫描.pdf"));
            Form("two bad files", () =>
            {
                var form = File([], "a.pdf");
                form.Add(new ByteArrayContent([]), "file", "b.pdf");
                return form;
            });
            return;
        }
        // Sheets whose cells are wrong: each is refused row by row, nothing imported.
        foreach (var (label, cells) in SheetCells())
            Form(label, () => File(Sheets.Of(cells).ToArray(), "表.xlsx"));
    }

    private static IEnumerable<(string, Dictionary<string, object?>)> SheetCells()
    {
        yield return ("date cell 10000000000", new() { ["姓名"] = "扫描", ["标题"] = "扫描", ["内容"] = "扫描", ["出生日期"] = 10000000000d, ["提出日期"] = 10000000000d });
        yield return ("date cell -5", new() { ["姓名"] = "扫描", ["标题"] = "扫描", ["内容"] = "扫描", ["出生日期"] = -5d, ["提出日期"] = -5d });
        yield return ("1000000 characters", new() { ["姓名"] = HugeText, ["标题"] = HugeText[..40000], ["内容"] = HugeText[..40000], ["民族"] = HugeText[..5000] });
        yield return ("NUL in cells", new() { ["姓名"] = "扫\u0001描", ["标题"] = "扫\u0001描", ["内容"] = "扫描", ["选区"] = "a\u0001b" });
        yield return ("gender 99", new() { ["姓名"] = "扫描", ["性别"] = "99", ["标题"] = "扫描", ["内容"] = "扫描", ["来源"] = "99" });
        yield return ("level 99", new() { ["姓名"] = "扫描", ["代表层级"] = "99", ["代表结构"] = "-1", ["标题"] = "扫描", ["内容"] = "扫描" });
        yield return ("header only", new() { ["无关列"] = null });
        yield return ("text dates", new() { ["姓名"] = "扫描", ["出生日期"] = "99999-99-99", ["标题"] = "扫描", ["内容"] = "扫描", ["提出日期"] = "0000-00-00" });
    }

    /// <summary>Paths of the leaf values of <paramref name="node"/>: "deputy.name", "sourceIds[0]".</summary>
    private static IEnumerable<string> Leaves(JsonNode? node, string prefix = "")
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o) foreach (var p in Leaves(v, prefix.Length == 0 ? k : $"{prefix}.{k}")) yield return p;
                break;
            case JsonArray a when a.Count > 0:
                for (var i = 0; i < a.Count; i++) foreach (var p in Leaves(a[i], $"{prefix}[{i}]")) yield return p;
                break;
            default:
                yield return prefix;
                break;
        }
    }

    private static JsonNode? Get(JsonObject body, string path) => Walk(body, path, out var key) is { } parent ? Child(parent, key) : null;

    private static void Set(JsonObject body, string path, JsonNode? value)
    {
        var parent = Walk(body, path, out var key)!;
        if (parent is JsonArray a) a[int.Parse(key)] = value;
        else parent.AsObject()[key] = value;
    }

    private static void Remove(JsonObject body, string path) => Walk(body, path, out var key)!.AsObject().Remove(key);

    private static JsonNode? Walk(JsonObject body, string path, out string key)
    {
        var parts = path.Replace("[", ".").Replace("]", "").Split('.');
        JsonNode? node = body;
        foreach (var part in parts[..^1]) node = node is null ? null : Child(node, part);
        key = parts[^1];
        return node;
    }

    private static JsonNode? Child(JsonNode node, string key) => node is JsonArray a ? a[int.Parse(key)] : node.AsObject()[key];
}
