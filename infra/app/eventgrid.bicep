// Event Grid system topic on the storage account (BlobCreated events for the blob trigger). The subscription to the
// function app is app/blobsubscription.bicep, deployed in the second pass.
param systemTopicName string
param location string
param tags object = {}
param storageAccountId string

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: systemTopicName
  location: location
  tags: tags
  properties: {
    source: storageAccountId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = systemTopic.name
