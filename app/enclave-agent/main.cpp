#include <cstdio>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::fprintf(stderr, "enclave-agent: not implemented yet\n");
    return 2;
}
