using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// /openapi/v1.json as a client generator reads it: only the /api/ routes (the account forms are
/// the UI's), the session cookie as the security scheme, every tag described, 201 answers with
/// their Location header, upload bodies as a named schema, and the JSON types the API really
/// speaks. The API's JSON converters (InputContract) hide the types of strings and enums from the
/// generator, which then writes an empty schema ({}): <see cref="DescribeJsonTypes"/> puts them back.
/// </summary>
public static class OpenApiSetup
{
    public const string CookieScheme = "sessionCookie";
    public const string FileUploadSchema = "FileUpload";

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["auth"] = "Signing in and out; who is signed in.",
        ["townships"] = "The townships the user may see.",
        ["deputies"] = "Deputies of a township's congress and their status.",
        ["roster files"] = "The roster as a spreadsheet or PDF, and its import.",
        ["sessions"] = "Congress sessions and their prints (minutes, sign-in sheet, ballots).",
        ["agenda documents"] = "Files attached to a session's agenda items.",
        ["presidium meetings"] = "Presidium meetings between sessions and their minutes.",
        ["suggestions"] = "Deputies' suggestions, their handling, figures, ledger and import.",
        ["notifications"] = "The signed-in user's notifications.",
    };

    public static void AddCongressOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, context, _) =>
            {
                var cookie = context.ApplicationServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
                    .Get(IdentityConstants.ApplicationScheme).Cookie.Name ?? "";
                DescribeDocument(document, cookie);
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, context, _) => { DescribeOperation(operation, context); return Task.CompletedTask; });
            o.AddSchemaTransformer((schema, context, _) => { DescribeJsonTypes(schema, context); return Task.CompletedTask; });
        });

    private static void DescribeDocument(OpenApiDocument document, string cookieName)
    {
        document.Info.Title = "乡镇人大履职平台 API";
        document.Info.Description = "The JSON API of the township congress platform. Sign in with POST /api/v1/auth/login; "
            + "the session cookie it sets authorises every other call. Errors are RFC 9457 problem details.";
        // A server URL ends without "/" (the paths start with one).
        foreach (var server in document.Servers ?? []) server.Url = server.Url?.TrimEnd('/');

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = cookieName,
            Description = "The session cookie POST /api/v1/auth/login sets.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, document)] = [] }];

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description)) tag.Description = description;

        NameUploadBodies(document);
        document.Components.Schemas?.Remove("IFormFile");
        // Validation errors: field name → its messages (the generator leaves the messages' type out).
        if (document.Components.Schemas is { } schemas && schemas.TryGetValue("HttpValidationProblemDetails", out var validation)
            && validation is OpenApiSchema { Properties: { } fields } && fields.TryGetValue("errors", out var errors)
            && errors is OpenApiSchema { AdditionalProperties: OpenApiSchema messages })
            messages.Items = new OpenApiSchema { Type = JsonSchemaType.String };
    }

    /// <summary>The multipart body of every upload ({ file }) is one named schema instead of an inline object per route.</summary>
    private static void NameUploadBodies(OpenApiDocument document)
    {
        foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operation.RequestBody?.Content is not { } content || !content.TryGetValue("multipart/form-data", out var media)
                || media.Schema is not OpenApiSchema { Properties: { Count: 1 } properties } || !properties.ContainsKey("file"))
                continue;
            document.Components!.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[FileUploadSchema] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "One file, sent as multipart/form-data.",
                Required = new HashSet<string> { "file" },
                Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
            };
            media.Schema = new OpenApiSchemaReference(FileUploadSchema, document);
        }
    }

    private static void DescribeOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        // Signing in needs no cookie.
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any()) operation.Security = [];
        if (operation.Responses?.TryGetValue("201", out var created) == true && created is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["Location"] = new OpenApiHeader
            {
                Description = "The URL of the record just created.", Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" },
            };
        }
    }

    /// <summary>
    /// Strings and enums as the API's own converters write them; integers as integers only (the
    /// API reads numbers strictly, never "5" for 5, so the generator's "integer or numeric string" is wrong).
    /// </summary>
    private static void DescribeJsonTypes(OpenApiSchema schema, OpenApiSchemaTransformerContext context)
    {
        var type = context.JsonTypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var nullable = underlying != type || (context.JsonPropertyInfo is { } property && MayBeNull(property));
        // A property the C# type says is never null is not nullable in the document either (the generator marks every reference so).
        if (!nullable && !type.IsValueType && schema.Type is { } declared && declared.HasFlag(JsonSchemaType.Null) && declared != JsonSchemaType.Null)
            schema.Type = declared & ~JsonSchemaType.Null;
        if (underlying == typeof(string) && schema.Type is null)
            schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        else if (underlying.IsEnum && schema.Type is null && schema.Enum is not { Count: > 0 })
        {
            schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
            if (underlying.IsDefined(typeof(FlagsAttribute), false))
                schema.Description = $"Any of {string.Join(", ", Enum.GetNames(underlying))}, separated by \", \".";
            else
            {
                schema.Enum = [.. Enum.GetNames(underlying).Select(n => (JsonNode)JsonValue.Create(n))];
                if (nullable) schema.Enum.Add(null!);
            }
        }
        if (schema.Type is { } t && (t.HasFlag(JsonSchemaType.Integer) || t.HasFlag(JsonSchemaType.Number)) && t.HasFlag(JsonSchemaType.String))
        {
            schema.Type = t & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
    }

    private static bool MayBeNull(System.Text.Json.Serialization.Metadata.JsonPropertyInfo property) => property.AttributeProvider switch
    {
        PropertyInfo p => new NullabilityInfoContext().Create(p).ReadState != NullabilityState.NotNull,
        FieldInfo f => new NullabilityInfoContext().Create(f).ReadState != NullabilityState.NotNull,
        _ => true,
    };
}
