#include <mosquitto.h>
#include <stdio.h>

#define BROKER_HOST "broker.plant-7.example.net"
#define BROKER_PORT 8883

struct mosquitto *connect_broker(const char *client_id)
{
    struct mosquitto *m = mosquitto_new(client_id, true, NULL);
    if (m == NULL)
        return NULL;
    mosquitto_username_pw_set(m, "line-sensor", "s3ns0r!Pl4nt7");
    if (mosquitto_connect(m, BROKER_HOST, BROKER_PORT, 30) != MOSQ_ERR_SUCCESS) {
        mosquitto_destroy(m);
        return NULL;
    }
    return m;
}
