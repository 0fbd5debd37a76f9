using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Township.Congress.Data;
using Township.Congress.Model;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// The API's half of the input contract, for every endpoint at once: how JSON bodies are read
/// (enum values only from their set, no null for a required field, no unknown fields) and which
/// query values are in range. The model's half (lengths, control characters) is <see cref="ModelLimits"/>.
/// </summary>
public static class InputContract
{
    /// <summary>Numeric query parameters by name, with the range each may take.</summary>
    private static readonly Dictionary<string, (int Min, int Max)> QueryRanges = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = (1949, 2100),
        ["page"] = (1, 100_000),
        ["pageSize"] = (1, Deputies.DeputyQueries.MaxPageSize),
        ["take"] = (1, 100),
        ["quarter"] = (1, 4),
    };

    /// <summary>Free-text query parameters: search words are short; "similar" may be given a whole item's text.</summary>
    private static readonly Dictionary<string, int> QueryTextLimits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = 20_000,
    };

    private const int QueryTextLimit = 200;

    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new StrictEnumConverterFactory());
        options.Converters.Add(new NoNulStringConverter());
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        // A misspelt field would otherwise be dropped silently and its default stored instead.
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        // Null in a non-nullable property is refused when reading; writing our own answers stays lenient.
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(info =>
        {
            foreach (var property in info.Properties)
                if (!property.PropertyType.IsValueType) property.IsGetNullable = true;
        });
    }

    /// <summary>Endpoint filter on the whole API: query values out of range or with control characters are a 400.</summary>
    public static async ValueTask<object?> CheckQueryAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new List<ValidationError>();
        foreach (var (key, values) in context.HttpContext.Request.Query)
        {
            var label = FieldLabels.Of(null, key);
            foreach (var value in values)
            {
                if (QueryRanges.TryGetValue(key, out var range) && int.TryParse(value, out var n) && (n < range.Min || n > range.Max))
                    errors.Add(new(key, $"{label}应在{range.Min}至{range.Max}之间（现为{n}）。"));
                else if (InputRules.TextProblem(value, QueryTextLimits.GetValueOrDefault(key, QueryTextLimit), label) is { } problem)
                    errors.Add(new(key, problem));
            }
        }
        DomainValidationException.ThrowIfAny(errors);
        return await next(context);
    }

    /// <summary>The fields a bad request names, each with a Chinese message; read from the binder's exception.</summary>
    public static Dictionary<string, string[]> Errors(BadHttpRequestException bad)
    {
        var errors = new Dictionary<string, string[]>();
        if (bad.InnerException is JsonException json)
        {
            var (field, message) = Describe(json);
            errors[field] = [message];
            return errors;
        }
        var m = System.Text.RegularExpressions.Regex.Match(bad.Message, "parameter \"(?:[^\"]*\\s)?(\\w+)\"(?: from \"(.*)\")?");
        if (m.Success)
        {
            var name = m.Groups[1].Value;
            var label = FieldLabels.Of(null, name);
            errors[name] = [m.Groups[2].Success ? $"{label}的值“{Shorten(m.Groups[2].Value)}”格式不正确。" : $"请填写{label}。"];
        }
        return errors;
    }

    private static (string Field, string Message) Describe(JsonException json)
    {
        var path = json.Path is null or "$" ? "" : json.Path.TrimStart('$', '.');
        var name = LastName(path);
        var label = name.Length == 0 ? "请求正文" : FieldLabels.Of(null, name);
        var text = json.Message;
        if (json is InputJsonException input) return (Field(path), string.Format(input.Template, label));
        var missing = System.Text.RegularExpressions.Regex.Match(text, "missing required properties including: (.*?)\\.(?: Path|$)");
        if (missing.Success)
        {
            var first = missing.Groups[1].Value.Split(',')[0].Trim(' ', '\'');
            var field = path.Length == 0 ? first : $"{path}.{first}";
            return (field, $"请填写{FieldLabels.Of(null, first)}。");
        }
        var unknown = System.Text.RegularExpressions.Regex.Match(text, "JSON property '([^']*)' could not be mapped");
        if (unknown.Success) return (Field(path), $"不认识的字段“{Shorten(unknown.Groups[1].Value)}”，请检查拼写。");
        if (text.Contains("null", StringComparison.OrdinalIgnoreCase) && text.Contains("allow", StringComparison.OrdinalIgnoreCase))
            return (Field(path), $"请填写{label}（不能为 null）。");
        return path.Length == 0
            ? ("body", "请求正文不是有效的 JSON，或结构与接口不符。")
            : (Field(path), $"{label}的值格式或类型不正确。");
    }

    private static string Field(string path) => path.Length == 0 ? "body" : path;

    /// <summary>"deputy.name" → "name"; "coUnitIds[2]" → "coUnitIds".</summary>
    private static string LastName(string path)
    {
        var last = path.Split('.').LastOrDefault() ?? "";
        var bracket = last.IndexOf('[');
        return (bracket >= 0 ? last[..bracket] : last).Trim('\'', '[', ']');
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}

/// <summary>A body value refused by our own converters; <see cref="Template"/> takes the field's Chinese name.</summary>
public sealed class InputJsonException(string template) : JsonException(template)
{
    public string Template { get; } = template;
}

/// <summary>
/// Enums by name or number, as <see cref="JsonStringEnumConverter"/> reads them, but only defined
/// values (for [Flags], only combinations of defined bits): 99, -1 or "99" are refused.
/// </summary>
public sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    private readonly JsonStringEnumConverter _inner = new();

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert),
            _inner.CreateConverter(typeToConvert, options))!;

    private sealed class StrictEnumConverter<T>(JsonConverter inner) : JsonConverter<T> where T : struct, Enum
    {
        private readonly JsonConverter<T> _inner = (JsonConverter<T>)inner;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Checked(_inner.Read(ref reader, typeToConvert, options));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _inner.Write(writer, value, options);

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Checked(_inner.ReadAsPropertyName(ref reader, typeToConvert, options));

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            _inner.WriteAsPropertyName(writer, value, options);

        private static T Checked(T value) => InputRules.IsDefined(typeof(T), value)
            ? value
            : throw new InputJsonException("{0}的取值“" + Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)
                + "”不在可选范围内（可选：" + string.Join("、", Enum.GetNames<T>()) + "）。");
    }
}

/// <summary>No text field anywhere may hold a NUL character: PostgreSQL cannot store one, and no person types one.</summary>
public sealed class NoNulStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value is not null && value.Contains('\0') ? throw new InputJsonException("{0}含有不可见的控制字符（NUL），请删除后再提交。") : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
