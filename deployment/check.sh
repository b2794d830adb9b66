#!/usr/bin/env bash
# Checks the deployment files without Docker or Azure: compose.yaml parses and wires the settings the bot reads,
# and main.bicep builds and passes the Bicep linter (the Bicep CLI comes from NuGet). Run from anywhere.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

python3 - "$here/compose.yaml" <<'PY'
import sys, yaml
compose = yaml.safe_load(open(sys.argv[1]))
services = compose["services"]
assert {"sqlserver", "migrate", "bot"} <= set(services), services.keys()
bot = services["bot"]["environment"]
for key in ["Database__Provider", "ConnectionStrings__BuurtBot", "Database__MigrateOnStart", "Coordinator__ApiKey", "Twilio__AuthToken", "Twilio__PublicBaseUrl"]:
    assert key in bot, f"bot service lacks {key}"
assert bot["Database__Provider"] == "SqlServer"
assert services["migrate"]["entrypoint"] == ["/app/efbundle"]
assert services["bot"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
print("compose.yaml: ok")
PY

dotnet restore "$here/tools/bicep.proj" --verbosity quiet >/dev/null
version="$(sed -n 's:.*<BicepVersion>\(.*\)</BicepVersion>.*:\1:p' "$here/tools/bicep.proj")"
bicep="${NUGET_PACKAGES:-$HOME/.nuget/packages}/azure.bicep.commandline.linux-x64/$version/tools/bicep"
chmod +x "$bicep"
out="$(mktemp -d)"
"$bicep" build "$here/azure/main.bicep" --outdir "$out"
"$bicep" lint "$here/azure/main.bicep"
python3 - "$out/main.json" "$here/azure/main.parameters.json" <<'PY'
import json, sys
template, parameters = (json.load(open(p)) for p in sys.argv[1:3])
declared = template["parameters"]
given = parameters["parameters"]
unknown = [k for k in given if k not in declared]
missing = [k for k, v in declared.items() if "defaultValue" not in v and k not in given]
assert not unknown and not missing, f"parameters file: unknown {unknown}, missing {missing}"
print("main.bicep: builds, lints clean, parameters file matches")
PY
rm -rf "$out"
