// Flex Consumption (FC1, Linux) function app running the .NET isolated worker (runtime dotnet-isolated 10.0): the
// package made by scripts/publish.sh (dotnet publish: functions.metadata, worker.config.json, .azurefunctions/) is
// deployed to the deployment container with the app's identity.
param name string
param planName string
param location string
param tags object = {}
param identityId string
param identityClientId string
param storageBlobEndpoint string
param storageQueueEndpoint string
param storageTableEndpoint string
param deploymentContainerName string
param applicationInsightsConnectionString string
param smtpPasswordSecretUri string
param unsubscribeSecretUri string
param maximumInstanceCount int = 40
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048
@description('Public https root for unsubscribe links; empty: https://<the app\'s default host name>.')
param publicBaseUrl string = ''
param briefingSchedule string = '0 0 6 * * *'
param smtpHost string = ''
param smtpPort int = 587
param smtpFrom string = ''
param smtpFromName string = 'Reports'
param smtpUser string = ''
@description('ReportsAnalyzer: builtin or azure-language.')
@allowed(['builtin', 'azure-language'])
param analyzer string = 'builtin'
@description('With azure-language: the Language account\'s endpoint (https://NAME.cognitiveservices.azure.com/); empty with builtin.')
param languageEndpoint string = ''
@allowed(['extractive', 'abstractive'])
param languageSummary string = 'extractive'
@description('The service\'s detected language is used at or above this confidence (0..1).')
param languageMinimumConfidence string = '0.8'
param languageTimeoutSeconds int = 30
@description('All service work for one batch of articles; keep it below ReportsClaimLeaseSeconds (120).')
param languageBudgetSeconds int = 90

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references are resolved with the user-assigned identity.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// The complete app settings (this resource replaces them all on every deployment). No account keys: every storage
// connection is identity-based. FUNCTIONS_WORKER_RUNTIME / FUNCTIONS_EXTENSION_VERSION are not allowed on Flex
// Consumption (functionAppConfig.runtime says dotnet-isolated). Names between the markers are checked by
// tests/Reports.Deployment.Tests (ConfigurationContractTests) against the settings the code reads.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // app-settings:begin
    AzureWebJobsStorage__blobServiceUri: storageBlobEndpoint
    AzureWebJobsStorage__queueServiceUri: storageQueueEndpoint
    AzureWebJobsStorage__tableServiceUri: storageTableEndpoint
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    ReportsStorage__serviceUri: storageBlobEndpoint
    ReportsStorage__queueServiceUri: storageQueueEndpoint
    ReportsStorage__credential: 'managedidentity'
    ReportsStorage__clientId: identityClientId
    ReportsMaxArticleBytes: '5242880'
    ReportsClaimLeaseSeconds: '120'
    ReportsAnalysisBudgetSeconds: '60'
    ReportsStoreTimeoutSeconds: '30'
    ReportsPendingGraceMinutes: '15'
    ReportsBriefingSchedule: briefingSchedule
    ReportsBriefingPeriodDays: '1'
    ReportsBriefingRetryDays: '2'
    ReportsReportMaxDays: '366'
    ReportsPublicBaseUrl: empty(publicBaseUrl) ? 'https://${site.properties.defaultHostName}' : publicBaseUrl
    ReportsUnsubscribeSecret: '@Microsoft.KeyVault(SecretUri=${unsubscribeSecretUri})'
    ReportsSmtp__Host: smtpHost
    ReportsSmtp__Port: string(smtpPort)
    ReportsSmtp__From: smtpFrom
    ReportsSmtp__FromName: smtpFromName
    ReportsSmtp__User: smtpUser
    ReportsSmtp__Password: '@Microsoft.KeyVault(SecretUri=${smtpPasswordSecretUri})'
    ReportsSmtp__Tls: 'StartTls'
    ReportsSmtp__TimeoutSeconds: '30'
    // Azure AI Language (used only with ReportsAnalyzer=azure-language). Identity only: the account has local auth
    // off, so ReportsLanguage__key is deliberately not set.
    ReportsAnalyzer: analyzer
    ReportsLanguage__endpoint: languageEndpoint
    ReportsLanguage__credential: 'managedidentity'
    ReportsLanguage__clientId: identityClientId
    ReportsLanguage__summary: languageSummary
    ReportsLanguage__minimumConfidence: languageMinimumConfidence
    ReportsLanguage__timeoutSeconds: string(languageTimeoutSeconds)
    ReportsLanguage__budgetSeconds: string(languageBudgetSeconds)
    // app-settings:end
  }
}

output name string = site.name
output id string = site.id
output defaultHostName string = site.properties.defaultHostName
