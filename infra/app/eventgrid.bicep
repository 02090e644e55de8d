// Event Grid system topic on the storage account and, once the code is deployed, the subscription that feeds the
// blob trigger (AnalyzeArticle, "source": "EventGrid" in the published function.json) through the host's blobs
// extension webhook. The subscription needs the blobs_extension system key, which exists only after the host has
// started with the code: deploy it in a second pass (main.bicep: deployEventSubscription=true). Event Grid validates
// the webhook when the subscription is created; the host answers the validation handshake.
param systemTopicName string
param location string
param tags object = {}
param storageAccountId string
param functionAppName string
param functionName string = 'AnalyzeArticle'
param container string = 'articles'
param deployEventSubscription bool = false

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: systemTopicName
  location: location
  tags: tags
  properties: {
    source: storageAccountId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = if (deployEventSubscription) {
  parent: systemTopic
  name: '${toLower(functionName)}-blobcreated'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${site.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${listKeys('${site.id}/host/default', '2024-04-01').systemKeys.blobs_extension}'
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${container}/'
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output systemTopicName string = systemTopic.name
