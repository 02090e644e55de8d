// Key Vault (RBAC) for the app's secrets: the SMTP password and the unsubscribe-link HMAC key. The app reads them
// through Key Vault references resolved with its user-assigned identity (Key Vault Secrets User).
// A secret is written only when its parameter is not empty, so a redeployment never overwrites a value set with
// `az keyvault secret set`.
param name string
param location string
param tags object = {}
param identityPrincipalId string
@description('Optional: an Entra object id (the deploying user) that may set secrets (Key Vault Secrets Officer).')
param secretsOfficerPrincipalId string = ''
@secure()
param smtpPassword string = ''
@secure()
param unsubscribeSecret string = ''

var smtpPasswordSecretName = 'smtp-password'
var unsubscribeSecretName = 'unsubscribe-secret'
// Key Vault Secrets User
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
// Key Vault Secrets Officer
var secretsOfficerRoleId = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource smtpPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(smtpPassword)) {
  parent: vault
  name: smtpPasswordSecretName
  properties: {
    value: smtpPassword
  }
}

resource unsubscribeSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(unsubscribeSecret)) {
  parent: vault
  name: unsubscribeSecretName
  properties: {
    value: unsubscribeSecret
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identityPrincipalId, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource secretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(secretsOfficerPrincipalId)) {
  name: guid(vault.id, secretsOfficerPrincipalId, secretsOfficerRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficerRoleId)
    principalId: secretsOfficerPrincipalId
  }
}

output name string = vault.name
// Versionless secret URIs: the app picks up a new version (within the platform's refresh interval).
output smtpPasswordSecretUri string = '${vault.properties.vaultUri}secrets/${smtpPasswordSecretName}'
output unsubscribeSecretUri string = '${vault.properties.vaultUri}secrets/${unsubscribeSecretName}'
