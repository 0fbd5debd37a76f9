# syntax=docker/dockerfile:1
# Township Congress (乡镇人大履职平台): build with the .NET 10 SDK, run on the ASP.NET Core 10 runtime.
#   docker build -t township-congress .
#   docker run -p 5080:8080 -v congress-data:/app/data township-congress      # SQLite, no demo data
# See docker-compose.yml for PostgreSQL.

# ---- build -------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore first, from the project files only, so the package layer is cached until they change.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Township.Congress.Text/Township.Congress.Text.csproj src/Township.Congress.Text/
COPY src/Township.Congress/Township.Congress.csproj src/Township.Congress/
COPY src/Township.Congress.Reports/Township.Congress.Reports.csproj src/Township.Congress.Reports/
COPY src/Township.Congress.Demo/Township.Congress.Demo.csproj src/Township.Congress.Demo/
COPY src/Township.Congress.Migrations.Sqlite/Township.Congress.Migrations.Sqlite.csproj src/Township.Congress.Migrations.Sqlite/
COPY src/Township.Congress.Migrations.PostgreSql/Township.Congress.Migrations.PostgreSql.csproj src/Township.Congress.Migrations.PostgreSql/
COPY src/Township.Congress.Web/Township.Congress.Web.csproj src/Township.Congress.Web/
RUN dotnet restore src/Township.Congress.Web/Township.Congress.Web.csproj

COPY src/ src/
RUN dotnet publish src/Township.Congress.Web/Township.Congress.Web.csproj \
      --configuration Release --no-restore --output /app /p:UseAppHost=false

# ---- runtime -----------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime

# PDF printing needs TrueType CJK fonts (see docs: CFF/OpenType CJK fonts do not work):
# AR PL UMing (宋体-like, titles and body), AR PL UKai (楷体), WenQuanYi Micro Hei (黑体).
# An office with Windows fonts can mount simsun.ttc/simhei.ttf/simkai.ttf/simfang.ttf into
# /app/fonts; they are preferred when present. curl is for the container health check.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
         fonts-arphic-uming fonts-arphic-ukai fonts-wqy-microhei tzdata curl \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY --from=build /app ./

# Writable places for the non-root user: SQLite data, rolling log files, and the ASP.NET Core
# data-protection keys (sign-in cookies survive a restart only if these keys are kept).
RUN mkdir -p /app/data /app/logs /app/fonts /home/app/.aspnet/DataProtection-Keys \
    && chown -R app:app /app/data /app/logs /home/app/.aspnet

ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true \
    TZ=Asia/Shanghai \
    Database__Provider=Sqlite \
    Database__SeedDemoData=false \
    ConnectionStrings__Congress="Data Source=/app/data/congress.db" \
    Logging__Directory=/app/logs

USER app
EXPOSE 8080
VOLUME ["/app/data", "/app/logs"]

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl --fail --silent --show-error http://localhost:8080/health || exit 1

ENTRYPOINT ["dotnet", "Township.Congress.Web.dll"]
