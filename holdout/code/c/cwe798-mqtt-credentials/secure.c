#include <mosquitto.h>
#include <stdio.h>
#include <stdlib.h>

#define BROKER_HOST "broker.plant-7.example.net"
#define BROKER_PORT 8883

struct mosquitto *connect_broker(const char *client_id)
{
    const char *user = getenv("MQTT_USER");
    const char *pass = getenv("MQTT_PASSWORD");
    if (user == NULL || pass == NULL)
        return NULL;
    struct mosquitto *m = mosquitto_new(client_id, true, NULL);
    if (m == NULL)
        return NULL;
    mosquitto_username_pw_set(m, user, pass);
    if (mosquitto_connect(m, BROKER_HOST, BROKER_PORT, 30) != MOSQ_ERR_SUCCESS) {
        mosquitto_destroy(m);
        return NULL;
    }
    return m;
}
