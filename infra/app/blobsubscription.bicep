// The Event Grid subscription that feeds the blob trigger (AnalyzeArticle, [BlobTrigger(Source = EventGrid)]: "source":
// "EventGrid" in the published functions.metadata) through the host's blobs extension webhook. It needs the blobs_extension system key, which exists
// only once the host has started with the code, and Event Grid validates the webhook on creation (the host answers
// the handshake): main.bicep deploys this module only with deployEventSubscription=true, after the code is published.
// As a separate, conditional module, nothing here (listKeys included) is evaluated in the first pass.
param systemTopicName string
param functionAppName string
param functionName string = 'AnalyzeArticle'
param container string = 'articles'

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

var blobsExtensionKey = listKeys('${site.id}/host/default', '2024-04-01').systemKeys.blobs_extension

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: '${toLower(functionName)}-blobcreated'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${site.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'
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

output name string = subscription.name
