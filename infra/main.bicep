// Reports on Azure: a Flex Consumption function app (.NET isolated worker) with identity-based storage, an Event Grid
// fed blob trigger, Application Insights and Key Vault, and (analyzer=azure-language only) an Azure AI Language
// account the app calls with its identity. Deploy into an existing resource group:
//   az deployment group create -g <rg> -f infra/main.bicep -p infra/main.parameters.json [-p analyzer=azure-language]
// then publish the code (scripts/publish.sh + az functionapp deploy) and deploy again with
// deployEventSubscription=true (the subscription needs the host's blobs_extension key). See README "Deploy to Azure".
targetScope = 'resourceGroup'

@description('Short name used in every resource name (letters and digits).')
@minLength(2)
@maxLength(12)
param appName string = 'reports'

param location string = resourceGroup().location

@description('Second pass, after the code is deployed: create the Event Grid subscription to the blobs extension webhook.')
param deployEventSubscription bool = false

@description('Optional: the object id of the deploying user, granted Key Vault Secrets Officer to set the secrets.')
param secretsOfficerPrincipalId string = ''

@secure()
@description('Optional: the SMTP password, stored in Key Vault (left unchanged when empty).')
param smtpPassword string = ''

@secure()
@description('Optional: the unsubscribe-link HMAC key (at least 32 bytes), stored in Key Vault (left unchanged when empty).')
param unsubscribeSecret string = ''

param smtpHost string = ''
param smtpPort int = 587
param smtpFrom string = ''
param smtpFromName string = 'Reports'
param smtpUser string = ''

@description('DailyBriefing NCRONTAB schedule (six fields, UTC).')
param briefingSchedule string = '0 0 6 * * *'

@description('Public https root for unsubscribe links; empty: the function app\'s default host name.')
param publicBaseUrl string = ''

param maximumInstanceCount int = 40

@description('ReportsAnalyzer: builtin (offline, nothing leaves the app) or azure-language (an Azure AI Language account, called with the app\'s identity; article text is sent to the service).')
@allowed(['builtin', 'azure-language'])
param analyzer string = 'builtin'

@description('ReportsLanguage__summary with azure-language: extractive (sentences of the article) or abstractive (written by the service; not offered in every region).')
@allowed(['extractive', 'abstractive'])
param languageSummary string = 'extractive'

@description('The Language account\'s SKU with azure-language: S (standard) or F0 (free, one per subscription).')
@allowed(['F0', 'S'])
param languageSku string = 'S'

@description('Optional: an Entra ID app registration\'s client id. Set, App Service Authentication (Easy Auth) puts Entra ID sign-in in front of the app (app/auth.bicep); empty (default): off.')
param entraClientId string = ''

var token = toLower(uniqueString(subscription().id, resourceGroup().id, appName))
var tags = {
  app: appName
}
var functionAppName = 'func-${appName}-${token}'
var deploymentContainerName = 'app-package-${take(token, 7)}'
var useLanguage = analyzer == 'azure-language'

module identity 'app/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-${appName}-${token}'
    location: location
    tags: tags
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-${appName}-${token}'
    applicationInsightsName: 'appi-${appName}-${token}'
    location: location
    tags: tags
    identityPrincipalId: identity.outputs.principalId
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  params: {
    name: take('st${toLower(replace(appName, '-', ''))}${token}', 24)
    location: location
    tags: tags
    identityPrincipalId: identity.outputs.principalId
    deploymentContainerName: deploymentContainerName
  }
}

module keyVault 'app/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: take('kv-${appName}-${token}', 24)
    location: location
    tags: tags
    identityPrincipalId: identity.outputs.principalId
    secretsOfficerPrincipalId: secretsOfficerPrincipalId
    smtpPassword: smtpPassword
    unsubscribeSecret: unsubscribeSecret
  }
}

// Only with analyzer=azure-language: the Language account (local auth off) and Cognitive Services User for the identity.
module language 'app/language.bicep' = if (analyzer == 'azure-language') {
  name: 'language'
  params: {
    name: 'lang-${appName}-${token}'
    location: location
    tags: tags
    identityPrincipalId: identity.outputs.principalId
    sku: languageSku
  }
}

module functionApp 'app/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: functionAppName
    planName: 'plan-${appName}-${token}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    smtpPasswordSecretUri: keyVault.outputs.smtpPasswordSecretUri
    unsubscribeSecretUri: keyVault.outputs.unsubscribeSecretUri
    maximumInstanceCount: maximumInstanceCount
    publicBaseUrl: publicBaseUrl
    briefingSchedule: briefingSchedule
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpFrom: smtpFrom
    smtpFromName: smtpFromName
    smtpUser: smtpUser
    analyzer: analyzer
    languageEndpoint: useLanguage ? language.outputs.endpoint : ''
    languageSummary: languageSummary
  }
}

module auth 'app/auth.bicep' = if (!empty(entraClientId)) {
  name: 'auth'
  params: {
    functionAppName: functionApp.outputs.name
    clientId: entraClientId
  }
}

module eventGrid 'app/eventgrid.bicep' = {
  name: 'eventgrid'
  params: {
    systemTopicName: 'evgt-${appName}-${token}'
    location: location
    tags: tags
    storageAccountId: storage.outputs.id
  }
}

// Second pass only: needs the deployed code (the blobs_extension key and a host that answers the validation).
module blobSubscription 'app/blobsubscription.bicep' = if (deployEventSubscription) {
  name: 'blobsubscription'
  params: {
    systemTopicName: eventGrid.outputs.name
    functionAppName: functionApp.outputs.name
  }
}

output functionAppName string = functionApp.outputs.name
output functionAppUrl string = 'https://${functionApp.outputs.defaultHostName}'
output storageAccountName string = storage.outputs.name
output keyVaultName string = keyVault.outputs.name
output applicationInsightsName string = monitoring.outputs.applicationInsightsName
output languageEndpoint string = useLanguage ? language.outputs.endpoint : ''
