// BuurtBot on Azure: a Container App (HTTPS only) on Azure SQL, secrets in Key Vault read through a user-assigned
// managed identity, and a Container Apps job that applies the EF Core migrations bundle.
//
//   az group create -n buurtbot -l westeurope
//   az deployment group create -g buurtbot -f deployment/azure/main.bicep -p deployment/azure/main.parameters.json \
//     -p twilioAuthToken=<token> coordinatorApiKey=<key>
//   az containerapp job start -g buurtbot -n <namePrefix>-migrate      (then the app turns ready)
//
// Not validated with the Bicep CLI in the repository's CI (no Azure tooling there): run `az bicep build` before use.

targetScope = 'resourceGroup'

@description('Azure region for everything.')
param location string = resourceGroup().location

@description('Short prefix for resource names (lower case letters and digits).')
@minLength(3)
@maxLength(12)
param namePrefix string = 'buurtbot'

@description('The bot image, e.g. myregistry.azurecr.io/buurtbot:1.4.0 (built from deployment/Dockerfile).')
param containerImage string

@description('The registry server of a private image (e.g. myregistry.azurecr.io); the identity needs AcrPull there. Empty for a public image.')
param registryServer string = ''

@description('The public https address Twilio calls; empty: the Container App\'s own address. Webhook signatures are checked against it.')
param publicBaseUrl string = ''

@description('Twilio account SID (AC...). Empty: the bot runs without Twilio.')
param twilioAccountSid string = ''

@description('Twilio auth token. Written to Key Vault as twilio-auth-token when given; leave empty to keep the secret already there.')
@secure()
param twilioAuthToken string = ''

@description('Only while rotating the auth token: also accept webhooks signed with the Key Vault secret twilio-auth-token-secondary (README: rotating).')
param twilioRotating bool = false

@description('The SMS number (E.164).')
param twilioSmsFrom string = ''

@description('The WhatsApp sender (whatsapp:+31...).')
param twilioWhatsAppFrom string = ''

@description('The voice number (E.164).')
param twilioVoiceFrom string = ''

@description('The key coordinators send as X-Api-Key. Written to Key Vault as coordinator-api-key when given.')
@secure()
param coordinatorApiKey string = ''

@description('Coordinators on duty who get an SMS on a distress signal (E.164).')
param coordinatorAlertPhones array = []

@description('Days message texts are kept.')
@minValue(1)
@maxValue(3650)
param retentionMessageDays int = 90

@description('Days of point-in-time restore for the database (Azure SQL keeps 1 to 35).')
@minValue(1)
@maxValue(35)
param backupRetentionDays int = 14

@description('Most replicas; the outbox and scheduler claim work in the database, so several instances are safe.')
@minValue(1)
@maxValue(10)
param maxReplicas int = 2

var suffix = uniqueString(resourceGroup().id, namePrefix)
var appName = '${namePrefix}-app'
var databaseName = 'buurtbot'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var twilioConfigured = !empty(twilioAccountSid)

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-id'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: '${namePrefix}-logs-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('${namePrefix}kv${suffix}', 24)
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource twilioAuthTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(twilioAuthToken)) {
  parent: vault
  name: 'twilio-auth-token'
  properties: { value: twilioAuthToken }
}

resource coordinatorApiKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(coordinatorApiKey)) {
  parent: vault
  name: 'coordinator-api-key'
  properties: { value: coordinatorApiKey }
}

// The app's identity may read secrets (and nothing else) in this vault.
resource vaultAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Entra-only SQL: no passwords. The app's identity is the server's Entra administrator, so the migrations job can
// change the schema with it. (A stricter split: a separate identity for migrations, a db_datareader/db_datawriter
// user for the app, created with CREATE USER ... FROM EXTERNAL PROVIDER.)
resource sql 'Microsoft.Sql/servers@2023-08-01-preview' = {
  name: '${namePrefix}-sql-${suffix}'
  location: location
  properties: {
    minimalTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    administrators: {
      administratorType: 'ActiveDirectory'
      azureADOnlyAuthentication: true
      login: identity.name
      sid: identity.properties.principalId
      principalType: 'Application'
      tenantId: subscription().tenantId
    }
  }
}

// Lets Azure services (the Container Apps environment, without a VNet) reach the server; still Entra-only.
resource sqlAzureAccess 'Microsoft.Sql/servers/firewallRules@2023-08-01-preview' = {
  parent: sql
  name: 'AllowAllWindowsAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource database 'Microsoft.Sql/servers/databases@2023-08-01-preview' = {
  parent: sql
  name: databaseName
  location: location
  sku: {
    name: 'GP_S_Gen5_1'
    tier: 'GeneralPurpose'
  }
  properties: {
    autoPauseDelay: 60
    minCapacity: json('0.5')
    requestedBackupStorageRedundancy: 'Zone'
  }
}

// Point-in-time restore window (README: backing up and restoring).
resource backups 'Microsoft.Sql/servers/databases/backupShortTermRetentionPolicies@2023-08-01-preview' = {
  parent: database
  name: 'default'
  properties: {
    retentionDays: backupRetentionDays
    diffBackupIntervalInHours: 12
  }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${namePrefix}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

var connectionString = 'Server=tcp:${sql.properties.fullyQualifiedDomainName},1433;Database=${databaseName};Authentication=Active Directory Managed Identity;User Id=${identity.properties.clientId};Encrypt=True;TrustServerCertificate=False;Connection Timeout=30'
var publicUrl = empty(publicBaseUrl) ? 'https://${appName}.${environment.properties.defaultDomain}' : publicBaseUrl

var registries = empty(registryServer) ? [] : [
  {
    server: registryServer
    identity: identity.id
  }
]

var secrets = concat(
  [
    {
      name: 'coordinator-api-key'
      keyVaultUrl: '${vault.properties.vaultUri}secrets/coordinator-api-key'
      identity: identity.id
    }
  ],
  twilioConfigured ? [
    {
      name: 'twilio-auth-token'
      keyVaultUrl: '${vault.properties.vaultUri}secrets/twilio-auth-token'
      identity: identity.id
    }
  ] : [],
  twilioConfigured && twilioRotating ? [
    {
      name: 'twilio-auth-token-secondary'
      keyVaultUrl: '${vault.properties.vaultUri}secrets/twilio-auth-token-secondary'
      identity: identity.id
    }
  ] : [])

var databaseEnv = [
  { name: 'Database__Provider', value: 'SqlServer' }
  { name: 'ConnectionStrings__BuurtBot', value: connectionString }
]

var twilioEnv = twilioConfigured ? [
  { name: 'Twilio__AccountSid', value: twilioAccountSid }
  { name: 'Twilio__AuthToken', secretRef: 'twilio-auth-token' }
  { name: 'Twilio__PublicBaseUrl', value: publicUrl }
  { name: 'Twilio__SmsFrom', value: twilioSmsFrom }
  { name: 'Twilio__WhatsAppFrom', value: twilioWhatsAppFrom }
  { name: 'Twilio__VoiceFrom', value: twilioVoiceFrom }
] : []

var rotationEnv = twilioConfigured && twilioRotating ? [
  { name: 'Twilio__SecondaryAuthToken', secretRef: 'twilio-auth-token-secondary' }
] : []

var alertEnv = [for (phone, i) in coordinatorAlertPhones: {
  name: 'Coordinator__AlertPhones__${i}'
  value: phone
}]

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: appName
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  dependsOn: [
    vaultAccess
    twilioAuthTokenSecret
    coordinatorApiKeySecret
  ]
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: 8080
        transport: 'auto'
        allowInsecure: false // HTTPS only: plain http is redirected
      }
      registries: registries
      secrets: secrets
    }
    template: {
      containers: [
        {
          name: 'bot'
          image: containerImage
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          env: concat(databaseEnv, twilioEnv, rotationEnv, alertEnv, [
            { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
            { name: 'Database__MigrateOnStart', value: 'false' }
            { name: 'Coordinator__ApiKey', secretRef: 'coordinator-api-key' }
            { name: 'Retention__MessageDays', value: string(retentionMessageDays) }
            { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
          ])
          probes: [
            {
              type: 'Liveness'
              httpGet: { path: '/health', port: 8080 }
              periodSeconds: 30
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: { path: '/health/ready', port: 8080 }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              type: 'Startup'
              httpGet: { path: '/health', port: 8080 }
              periodSeconds: 5
              failureThreshold: 24
            }
          ]
        }
      ]
      scale: {
        minReplicas: 1
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http'
            http: { metadata: { concurrentRequests: '50' } }
          }
        ]
      }
    }
  }
}

// Applies pending migrations with the bundle in the same image: run it after every deployment of a new image.
resource migrate 'Microsoft.App/jobs@2024-03-01' = {
  name: '${namePrefix}-migrate'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    environmentId: environment.id
    configuration: {
      triggerType: 'Manual'
      replicaTimeout: 1800
      replicaRetryLimit: 1
      manualTriggerConfig: {
        parallelism: 1
        replicaCompletionCount: 1
      }
      registries: registries
    }
    template: {
      containers: [
        {
          name: 'migrate'
          image: containerImage
          command: [ '/app/efbundle' ]
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          env: concat(databaseEnv, [
            { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
            { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
          ])
        }
      ]
    }
  }
}

output url string = 'https://${app.properties.configuration.ingress.fqdn}'
output twilioMessageWebhook string = '${publicUrl}/api/twilio/messages'
output twilioVoiceWebhook string = '${publicUrl}/api/twilio/voice'
output keyVaultName string = vault.name
output sqlServer string = sql.properties.fullyQualifiedDomainName
output migrationsJob string = migrate.name
