from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name='Account',
            fields=[
                ('id', models.AutoField(primary_key=True, serialize=False)),
                ('code', models.CharField(max_length=12, unique=True)),
                ('title', models.CharField(max_length=120)),
                ('parent', models.ForeignKey('self', null=True, on_delete=models.SET_NULL)),
            ],
        ),
        migrations.CreateModel(
            name='Entry',
            fields=[
                ('id', models.AutoField(primary_key=True, serialize=False)),
                ('memo', models.CharField(max_length=200)),
                ('debit', models.ForeignKey(on_delete=models.PROTECT, related_name='+', to='ledger.account')),
                ('tags', models.ManyToManyField(to='ledger.Tag', through='ledger.EntryTag')),
            ],
        ),
        migrations.CreateModel(
            name='ReportRow',
            fields=[('id', models.AutoField(primary_key=True, serialize=False))],
            options={'managed': False, 'db_table': 'ledger_report_rows'},
        ),
    ]
